package io.orgaudit.pattern;

import static io.orgaudit.pattern.ReferencePatterns.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CloudWatch Logs allows 1024 characters; the engine must stay correct and quick up to there and fail safely past. */
class PatternLimitsTest {

    /** Generous for a loaded build machine; a runaway expansion would take hours, not seconds. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    /** {@code { ($.eventName = "Op001" || ...) && $.errorCode = "AccessDenied*" }}, padded to exactly 1024 chars. */
    private static String longPattern(List<String> alternatives) {
        String pattern = "{ (" + String.join(" || ", alternatives) + ") && $.errorCode = \"AccessDenied*\" }";
        return pattern + " ".repeat(1024 - pattern.length());
    }

    private static List<String> eventNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("$.eventName = \"Op%03d\"".formatted(i));
        }
        return names;
    }

    @Test
    void handlesA1024CharacterPattern() {
        List<String> alternatives = eventNames(39);
        String pattern = longPattern(alternatives);
        List<String> reversed = new ArrayList<>(alternatives);
        Collections.reverse(reversed);
        List<String> shorter = new ArrayList<>(alternatives);
        shorter.remove(16);

        assertThat(pattern).hasSize(1024);
        assertThat(FilterPatterns.compare(pattern, longPattern(reversed)).equivalent()).isTrue();
        assertThat(FilterPatterns.compare(pattern, longPattern(shorter)).difference())
                .isEqualTo("it lacks the alternative $.eventName = \"Op017\", so it misses events that the required "
                        + "pattern matches through that clause (events missed)");
        assertThat(FilterPatterns.parse(pattern).matches("{\"eventName\":\"Op033\",\"errorCode\":\"AccessDenied\"}"))
                .isTrue();
    }

    /** {@code ($.a1 = 1 || $.b1 = 2) && ($.a2 = 1 || $.b2 = 2) && ...} up to about {@code length} characters. */
    private static String groups(int length, String separator) {
        StringBuilder pattern = new StringBuilder();
        for (int group = 1; pattern.length() < length; group++) {
            pattern.append(group > 1 ? separator : "").append("($.a%d = 1 || $.b%d = 2)".formatted(group, group));
        }
        return pattern.toString();
    }

    @Test
    void decidesAPatternWithBillionsOfCombinationsExactlyAndNamesAnEventOnWhichTheyDiffer() {
        String explosive = "{ " + groups(990, " && ") + " }";
        String reordered = "{ " + String.join(" && ", reversed(groups(990, " && ").split(" && "))) + " }";

        assertThat(explosive.length()).isLessThanOrEqualTo(1024);
        PatternComparison comparison = assertTimeoutPreemptively(QUICKLY,
                () -> FilterPatterns.compare(REFERENCE, explosive));
        assertThat(comparison.difference()).startsWith("it misses events the required pattern matches, such as one "
                + "in which only $.errorCode = \"AccessDenied*\", $.sourceIPAddress != \"delivery.logs.amazonaws.com\" "
                + "and $.eventName != \"HeadBucket\" hold; it also matches events the required pattern does not, such "
                + "as one in which only $.b1 = 2, $.b2 = 2, ");
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> FilterPatterns.compare(explosive, reordered))
                .equivalent()).isTrue();
        String oneChanged = explosive.replace("$.b17 = 2", "$.b17 = 3");
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> FilterPatterns.compare(explosive, oneChanged))
                .difference()).contains("$.b17 = 3").contains("$.b17 = 2");
        assertThat(FilterPatterns.parse(explosive).matches("{\"a1\": 1}")).isFalse();
    }

    @Test
    void theReferenceWithAnAbsorbedAlternativeIsEquivalentHoweverLargeTheAlternative() {
        String body = REFERENCE.substring(1, REFERENCE.length() - 1).strip();
        String absorbed = "{ (" + body + ") || ((" + body + ") && " + groups(1024 - 2 * body.length() - 50, " && ")
                + ") }";

        assertThat(absorbed.length()).isLessThanOrEqualTo(1024);
        assertThat(absorbed).contains("$.a10 = 1"); // 2^10 and more combinations: beyond the normal form's bound
        PatternComparison comparison = assertTimeoutPreemptively(QUICKLY,
                () -> FilterPatterns.compare(REFERENCE, absorbed));
        assertThat(comparison.equivalent()).as(comparison.difference()).isTrue();
        assertThat(FilterPatterns.compare(absorbed, REFERENCE).equivalent()).isTrue();
    }

    private static List<String> reversed(String[] parts) {
        List<String> list = new ArrayList<>(List.of(parts));
        Collections.reverse(list);
        return list;
    }

    @Test
    void comparesAndExplainsAWidePatternJustInsideTheBoundQuickly() {
        StringBuilder wide = new StringBuilder("{ ");
        for (int group = 1; group <= 10; group++) {
            wide.append(group > 1 ? " && " : "").append("($.a%d = 1 || $.b%d = 2)".formatted(group, group));
        }
        String required = wide + " }";
        String candidate = required.replace("$.b7 = 2", "$.b7 = 3").replace(" && ($.a10 = 1 || $.b10 = 2)", "");
        String regrouped = required.replace("($.a3 = 1 || $.b3 = 2) && ($.a4 = 1 || $.b4 = 2)",
                "($.a3 = 1 || $.b3 = 2 && $.a4 = 1 || $.b4 = 2)");

        assertThat(assertTimeoutPreemptively(QUICKLY, () -> FilterPatterns.compare(required, regrouped)).difference())
                .startsWith("precedence differs: && binds tighter than ||, so $.a1 = 1, $.a2 = 1, $.a3 = 1, ");
        PatternComparison comparison = assertTimeoutPreemptively(QUICKLY,
                () -> FilterPatterns.compare(required, candidate));

        assertThat(comparison.difference()).isEqualTo("the value differs: it has $.b7 = 3 where the required pattern "
                + "has $.b7 = 2; it lacks the condition ($.a10 = 1 || $.b10 = 2), so it also matches events in which none "
                + "of those clauses holds (more alarms)");
    }

    @Test
    void handlesDeeplyNestedParentheses() {
        String nested = "{ " + "(".repeat(200) + REFERENCE.substring(1, REFERENCE.length() - 1) + ")".repeat(200) + " }";

        assertThat(FilterPatterns.compare(REFERENCE, nested).equivalent()).isTrue();
        assertThat(FilterPatterns.parse(nested).canonical()).isEqualTo(FilterPatterns.parse(REFERENCE).canonical());
    }

    @Test
    void handlesDeeplyAlternatingAndOr() {
        StringBuilder pattern = new StringBuilder();
        for (int level = 0; level < 60; level++) {
            pattern.append("$.a%d = %d %s (".formatted(level, level, level % 2 == 0 ? "&&" : "||"));
        }
        String deep = "{ " + pattern + "$.end = 1" + ")".repeat(60) + " }";
        String respaced = deep.replace(" ", "");

        assertThat(deep.length()).isLessThanOrEqualTo(1024);
        assertThat(FilterPatterns.compare(deep, respaced).equivalent()).isTrue();
        assertThat(FilterPatterns.parse(deep).matches("{\"a0\": 0, \"a1\": 1}")).isTrue();
        assertThat(FilterPatterns.parse(deep).matches("{\"a0\": 0, \"a1\": 2}")).isFalse();
    }

    @Test
    void nestsAsDeeplyAs1024CharactersAllow() {
        String body = "$.errorCode = \"AccessDenied\"";
        int levels = (1024 - "{  }".length() - body.length()) / 2;
        String deepest = "{ " + "(".repeat(levels) + body + ")".repeat(levels) + " }";

        assertThat(levels).isGreaterThan(490);
        assertThat(deepest.length()).isLessThanOrEqualTo(1024);
        assertThat(FilterPatterns.compare("{ " + body + " }", deepest).equivalent()).isTrue();
        assertThat(FilterPatterns.parse(deepest).matches("{\"errorCode\": \"AccessDenied\"}")).isTrue();
    }

    @Test
    void refusesAPatternLongerThanCloudWatchLogsAllowsSayingNoFilterCanHaveIt() {
        String absurd = "{ " + "(".repeat(10_000) + "$.a = 1" + ")".repeat(10_000) + " }";

        assertThatThrownBy(() -> FilterPatterns.parse(absurd)).isInstanceOf(PatternSyntaxError.class)
                .hasMessage("CloudWatch Logs rejects a pattern longer than 1,024 characters (this one has 20,011) "
                        + "(at position 1025)");
        assertThat(FilterPatterns.compare(REFERENCE, absurd).difference())
                .isEqualTo("it cannot exist in an account: CloudWatch Logs rejects a pattern longer than 1,024 "
                        + "characters (this one has 20,011)");
        String open = REFERENCE.substring(0, REFERENCE.length() - 1);
        String longest = open + " ".repeat(1024 - REFERENCE.length()) + "}";
        String tooLong = open + " ".repeat(1025 - REFERENCE.length()) + "}";
        assertThat(longest).hasSize(1024);
        assertThat(FilterPatterns.compare(REFERENCE, longest).equivalent()).isTrue();
        assertThat(FilterPatterns.compare(REFERENCE, tooLong).equivalent()).isFalse();
    }
}
