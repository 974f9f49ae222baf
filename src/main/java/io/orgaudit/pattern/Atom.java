package io.orgaudit.pattern;

/**
 * One normalised comparison, the propositional variable of equivalence checking. Two atoms are equal exactly
 * when selector, operator and normalised value are equal.
 */
record Atom(Selector selector, Operator operator, Value value) {

    /** Canonical text, e.g. {@code $.eventName != "HeadBucket"} or {@code $.bucket IS NULL}. */
    String text() {
        String left = selector.text() + " " + operator.symbol();
        return operator.unary() ? left : left + " " + value.text();
    }

    @Override
    public String toString() {
        return text();
    }
}
