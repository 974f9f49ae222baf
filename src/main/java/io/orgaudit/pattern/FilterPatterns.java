package io.orgaudit.pattern;

/**
 * Entry point of the filter-pattern engine: parsing, event matching and semantic comparison of
 * CloudWatch Logs JSON filter patterns ({@code { $.a = "x" && ($.b != 1 || $.c NOT EXISTS) }}).
 */
public final class FilterPatterns {

    private FilterPatterns() {
    }

    /**
     * Parses a JSON filter pattern.
     *
     * @throws PatternSyntaxError when the text is not a JSON filter pattern the engine understands
     */
    public static FilterPattern parse(String text) {
        return Parser.parse(text);
    }

    /**
     * Whether {@code candidate} matches exactly the events {@code required} matches, judged on the boolean
     * structure over normalised comparisons: spacing, optional quotes, number spelling, redundant parentheses,
     * operand order, duplicates and distributed forms do not matter; selectors, operators, values, letter case
     * and {@code &&}/{@code ||} grouping do. Two different comparisons are never assumed to imply each other
     * (for instance {@code = "A*"} and {@code = "AB"}), so a pattern that is equivalent only through such an
     * implication is reported as different.
     * <p>
     * Never throws: an unparsable, non-JSON, missing or too complex pattern is "not equivalent" with a reason.
     */
    public static PatternComparison compare(String required, String candidate) {
        return PatternComparer.compare(required, candidate);
    }

    /**
     * What kind of CloudWatch Logs pattern this is when it is not a JSON one ("a space-delimited pattern", "a term
     * pattern (plain text)", ...); empty for a JSON pattern or none.
     */
    public static java.util.Optional<String> kindIfNotJson(String pattern) {
        return PatternComparer.kindIfNotJson(pattern);
    }
}
