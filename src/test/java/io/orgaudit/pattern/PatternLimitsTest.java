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
                .isEqualTo("it lacks the clause $.eventName = \"Op017\"");
        assertThat(FilterPatterns.parse(pattern).matches("{\"eventName\":\"Op033\",\"errorCode\":\"AccessDenied\"}"))
                .isTrue();
    }

    @Test
    void saysAPatternIsTooComplexInsteadOfExpandingItForever() {
        StringBuilder pattern = new StringBuilder("{ ");
        for (int group = 1; pattern.length() < 990; group++) {
            pattern.append(group > 1 ? " && " : "").append("($.a%d = 1 || $.b%d = 2)".formatted(group, group));
        }
        String explosive = pattern.append(" }").toString();

        assertThat(explosive.length()).isLessThanOrEqualTo(1024);
        PatternComparison comparison = assertTimeoutPreemptively(QUICKLY,
                () -> FilterPatterns.compare(REFERENCE, explosive));
        assertThat(comparison.difference()).isEqualTo("it is too complex to compare: its && and || expand to more "
                + "than 1024 alternative combinations of clauses");
        assertThat(FilterPatterns.compare(explosive, REFERENCE).difference())
                .startsWith("the required pattern is too complex to compare");
        assertThat(FilterPatterns.parse(explosive).matches("{\"a1\": 1}")).isFalse();
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
                + "has $.b7 = 2; it lacks the clauses $.a10 = 1 and $.b10 = 2");
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
