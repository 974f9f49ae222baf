package io.orgaudit.pattern;

/**
 * A filter pattern that cannot be parsed. The message says what is wrong and where.
 */
public final class PatternSyntaxError extends IllegalArgumentException {

    private final String reason;
    private final int position;

    /**
     * @param reason   what is wrong, e.g. "unexpected ')'"
     * @param position 1-based character position in the pattern text where the problem is
     */
    public PatternSyntaxError(String reason, int position) {
        super(reason + " at position " + position);
        this.reason = reason;
        this.position = position;
    }

    public String reason() {
        return reason;
    }

    /** 1-based character position in the pattern text. */
    public int position() {
        return position;
    }
}
