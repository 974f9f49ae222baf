package io.orgaudit.pattern;

/**
 * The outcome of comparing a candidate filter pattern with a required one.
 *
 * @param equivalent whether both patterns match exactly the same log events (see {@link FilterPatterns#compare})
 * @param difference null when equivalent; otherwise one human sentence saying how the candidate differs
 */
public record PatternComparison(boolean equivalent, String difference) {

    public PatternComparison {
        if (equivalent != (difference == null)) {
            throw new IllegalArgumentException("a difference is given exactly when the patterns are not equivalent");
        }
    }

    static PatternComparison same() {
        return new PatternComparison(true, null);
    }

    static PatternComparison differs(String difference) {
        return new PatternComparison(false, difference);
    }
}
