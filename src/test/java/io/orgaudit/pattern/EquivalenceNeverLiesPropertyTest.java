package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.ACCESS_DENIED;
import static io.orgaudit.pattern.ReferencePatterns.NOT_DELIVERY;
import static io.orgaudit.pattern.ReferencePatterns.NOT_HEAD_BUCKET;
import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static io.orgaudit.pattern.ReferencePatterns.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random patterns built from the reference's clauses and near variants of them (a lost wildcard, another case,
 * = for !=, a neighbouring event name), compared with the reference and with each other:
 * <ul>
 *   <li>whenever the engine says "equal", no generated event tells the two apart by the engine's own evaluator: a
 *       wrong PASS would show here;</li>
 *   <li>whenever it says "not equal", every clause its reason names is a clause of one of the two patterns.</li>
 * </ul>
 * Near variants overlap (an event can satisfy {@code = "AccessDenied*"} and {@code = "AccessDenied"} at once), so
 * "not equal" for patterns that happen to match the same events is allowed: that is the safe side.
 */
class EquivalenceNeverLiesPropertyTest {

    private static final List<String> CLAUSES = List.of(UNAUTHORIZED, ACCESS_DENIED, NOT_DELIVERY, NOT_HEAD_BUCKET,
            "$.errorCode = \"AccessDenied\"", "$.errorCode = \"accessdenied*\"", "$.errorCode = \"*Unauthorized*\"",
            "$.sourceIPAddress = \"delivery.logs.amazonaws.com\"", "$.eventName != \"HeadObject\"",
            "$.eventName = \"HeadBucket\"", "$.errorCode NOT EXISTS", "$.userIdentity.type = \"Root\"");

    private static final String[] ERROR_CODES = {null, "AccessDenied", "AccessDeniedException", "accessdenied",
        "Client.UnauthorizedOperation", "UnauthorizedOperation", "ThrottlingException", "UnauthorizedAccess"};
    private static final String[] EVENT_NAMES = {null, "HeadBucket", "HeadObject", "GetObject"};
    private static final String[] SOURCES = {null, "delivery.logs.amazonaws.com", "10.0.0.1"};
    private static final String[] IDENTITY_TYPES = {null, "Root", "IAMUser"};

    @Test
    void equalMeansNoEventSeparatesThemAndReasonsNameOnlyClausesOfThePatterns() {
        Random random = new Random(18);
        List<String> events = allEvents();
        int equal = 0;
        int notEqual = 0;
        for (int i = 0; i < 3000; i++) {
            String first = i % 2 == 0 ? REFERENCE : "{ " + formula(random, 3) + " }";
            String second = random.nextInt(3) == 0 ? "{ " + formula(random, 3) + " }" : variantOfReference(random);
            PatternComparison comparison = FilterPatterns.compare(first, second);
            FilterPattern one = FilterPatterns.parse(first);
            FilterPattern other = FilterPatterns.parse(second);
            if (comparison.equivalent()) {
                equal++;
                for (String event : events) {
                    assertThat(other.matches(event)).as("%s says equal to %s, but they differ on %s", second, first,
                            event).isEqualTo(one.matches(event));
                }
            } else {
                notEqual++;
                assertNamesOnlyTheirClauses(comparison.difference(), first, second);
            }
        }
        assertThat(equal).as("the sample must hold equal pairs to mean anything").isGreaterThan(300);
        assertThat(notEqual).isGreaterThan(300);
    }

    /** Every "$." in the reason starts the text of a clause of one of the patterns. */
    private static void assertNamesOnlyTheirClauses(String reason, String first, String second) {
        Set<String> clauses = new HashSet<>();
        for (String pattern : List.of(first, second)) {
            collect(((ParsedPattern) FilterPatterns.parse(pattern)).expression(), clauses);
        }
        for (int at = reason.indexOf("$."); at >= 0; at = reason.indexOf("$.", at + 1)) {
            int from = at;
            assertThat(clauses.stream().anyMatch(clause -> reason.startsWith(clause, from)))
                    .as("the reason for %s vs %s names a clause neither has, at %d: %s", first, second, at, reason)
                    .isTrue();
        }
    }

    private static void collect(Expression expression, Set<String> into) {
        if (expression instanceof Expression.Comparison comparison) {
            into.add(comparison.atom().text());
        } else {
            List<Expression> operands = expression instanceof Expression.AllOf all ? all.operands()
                    : ((Expression.AnyOf) expression).operands();
            operands.forEach(operand -> collect(operand, into));
        }
    }

    /** The reference rewritten: operands shuffled, regrouped, an absorbed alternative, or a clause swapped. */
    private static String variantOfReference(Random random) {
        List<String> codes = new ArrayList<>(List.of(UNAUTHORIZED, ACCESS_DENIED));
        List<String> conditions = new ArrayList<>(List.of(NOT_DELIVERY, NOT_HEAD_BUCKET));
        Collections.shuffle(codes, random);
        Collections.shuffle(conditions, random);
        if (random.nextInt(3) == 0) {
            List<String> pool = random.nextBoolean() ? codes : conditions;
            pool.set(random.nextInt(pool.size()), CLAUSES.get(4 + random.nextInt(CLAUSES.size() - 4)));
        }
        String errors = "(" + String.join(" || ", codes) + ")";
        String body = switch (random.nextInt(4)) {
            case 0 -> errors + " && " + String.join(" && ", conditions);
            case 1 -> String.join(" && ", conditions) + " && (" + errors + ")";
            // distributed: (a && c && d) || (b && c && d)
            case 2 -> "(" + codes.get(0) + " && " + String.join(" && ", conditions) + ") || (" + codes.get(1) + " && "
                    + String.join(" && ", conditions) + ")";
            default -> "(" + errors + " && " + String.join(" && ", conditions) + ") || (" + errors + " && "
                    + String.join(" && ", conditions) + " && " + formula(random, 2) + ")"; // absorbed
        };
        return "{ " + body + " }";
    }

    private static String formula(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return CLAUSES.get(random.nextInt(CLAUSES.size()));
        }
        String operator = random.nextBoolean() ? " && " : " || ";
        List<String> parts = new ArrayList<>();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            parts.add("(" + formula(random, depth - 1) + ")");
        }
        return String.join(operator, parts);
    }

    /** Every combination of the values the clauses look at, each field also absent. */
    private static List<String> allEvents() {
        List<String> events = new ArrayList<>();
        for (String code : ERROR_CODES) {
            for (String name : EVENT_NAMES) {
                for (String source : SOURCES) {
                    for (String type : IDENTITY_TYPES) {
                        List<String> fields = new ArrayList<>();
                        add(fields, "errorCode", code);
                        add(fields, "eventName", name);
                        add(fields, "sourceIPAddress", source);
                        if (type != null) {
                            fields.add("\"userIdentity\": {\"type\": \"" + type + "\"}");
                        }
                        events.add("{" + String.join(", ", fields) + "}");
                    }
                }
            }
        }
        return events;
    }

    private static void add(List<String> fields, String name, String value) {
        if (value != null) {
            fields.add("\"" + name + "\": \"" + value + "\"");
        }
    }
}
