package io.orgaudit.pattern;

/**
 * One normalised comparison, the propositional variable of equivalence checking. Two atoms are equal exactly
 * when selector, operator and normalised value are equal.
 */
record Atom(Selector selector, Operator operator, Value value) {

    /** Canonical text, e.g. {@code $.eventName != "HeadBucket"} or {@code $.bucket IS NULL}. */
    String text() {
        return withValue(value.text());
    }

    /**
     * As a reason quotes it: like {@link #text()}, but a backslash is shown once, as it is in the value, and a
     * character outside printable ASCII is named ({@code <U+200B ZERO WIDTH SPACE>}), so that a zero-width space, a
     * no-break space or a Cyrillic letter does not look identical to the value required.
     */
    String shown() {
        String written = value instanceof Value.TextValue text ? "\"" + text.glob().replace("\"", "\\\"") + "\""
                : value.text();
        return withValue(Phrases.visible(written));
    }

    /** Whether the value has a character a reader cannot tell apart from another, or cannot see at all. */
    boolean hasLookAlikeCharacters() {
        return !operator.unary() && value.text().chars().anyMatch(c -> !Phrases.printableAscii(c));
    }

    /** Selector and operator, then the value as given unless the operator takes none (IS NULL, NOT EXISTS). */
    private String withValue(String valueText) {
        String left = selector.text() + " " + operator.symbol();
        return operator.unary() ? left : left + " " + valueText;
    }

    @Override
    public String toString() {
        return shown();
    }
}
