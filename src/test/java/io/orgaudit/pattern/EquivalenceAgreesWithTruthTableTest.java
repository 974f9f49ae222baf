package io.orgaudit.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random patterns over four independent clauses: the prime-implicant comparison must say "equivalent" exactly when
 * the two patterns match the same events, checked on all 16 events that make each clause true or false.
 */
class EquivalenceAgreesWithTruthTableTest {

    private static final String[] FIELDS = {"a", "b", "c", "d"};

    @Test
    void equivalenceVerdictAgreesWithEvaluationOnEveryCombinationOfClauses() {
        Random random = new Random(42);
        List<String> events = allEvents();
        int equivalentPairs = 0;
        for (int i = 0; i < 1500; i++) {
            String first = "{ " + formula(random, 3) + " }";
            String second = "{ " + formula(random, 3) + " }";
            FilterPattern firstPattern = FilterPatterns.parse(first);
            FilterPattern secondPattern = FilterPatterns.parse(second);
            boolean sameOnEveryEvent = events.stream()
                    .allMatch(event -> firstPattern.matches(event) == secondPattern.matches(event));

            PatternComparison comparison = FilterPatterns.compare(first, second);

            assertThat(comparison.equivalent()).as(first + " vs " + second + ": " + comparison.difference())
                    .isEqualTo(sameOnEveryEvent);
            equivalentPairs += sameOnEveryEvent ? 1 : 0;
        }
        assertThat(equivalentPairs).as("the sample must contain equivalent pairs to mean anything").isGreaterThan(50);
    }

    /** Every assignment of the four clauses: a field is present with value "x" (clause true) or absent (false). */
    private static List<String> allEvents() {
        List<String> events = new ArrayList<>();
        for (int mask = 0; mask < 1 << FIELDS.length; mask++) {
            List<String> properties = new ArrayList<>();
            for (int f = 0; f < FIELDS.length; f++) {
                if ((mask & (1 << f)) != 0) {
                    properties.add("\"" + FIELDS[f] + "\": \"x\"");
                }
            }
            events.add("{" + String.join(", ", properties) + "}");
        }
        return events;
    }

    private static String formula(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            String field = FIELDS[random.nextInt(FIELDS.length)];
            return random.nextBoolean() ? "$." + field + " = \"x\"" : "($." + field + "=x)";
        }
        String operator = random.nextBoolean() ? " && " : " || ";
        int operands = 2 + random.nextInt(2);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < operands; i++) {
            String part = formula(random, depth - 1);
            parts.add(random.nextInt(4) == 0 ? part : "(" + part + ")");
        }
        return String.join(operator, parts);
    }
}
