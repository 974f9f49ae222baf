package io.orgaudit.pattern;

/**
 * A filter pattern that cannot be parsed. The message says what is wrong and where.
 */
public final class PatternSyntaxError extends IllegalArgumentException {

    private final String reason;
    private final int position;
    private final boolean rejectedByCloudWatchLogs;

    /**
     * @param reason   what is wrong, e.g. "unexpected ')'"
     * @param position 1-based character position in the pattern text where the problem is
     */
    public PatternSyntaxError(String reason, int position) {
        this(reason, position, false);
    }

    private PatternSyntaxError(String reason, int position, boolean rejectedByCloudWatchLogs) {
        super(rejectedByCloudWatchLogs ? "CloudWatch Logs rejects " + reason + " (at position " + position + ")"
                : reason + " at position " + position);
        this.reason = reason;
        this.position = position;
        this.rejectedByCloudWatchLogs = rejectedByCloudWatchLogs;
    }

    /**
     * A pattern the engine could read but CloudWatch Logs refuses to store (beyond a documented limit, or using
     * regular-expression syntax it does not support): no metric filter can have it.
     *
     * @param what what CloudWatch Logs rejects, e.g. "a pattern longer than 1,024 characters (this one has 1,100)"
     */
    static PatternSyntaxError rejectedByCloudWatchLogs(String what, int position) {
        return new PatternSyntaxError(what, position, true);
    }

    /** Whether CloudWatch Logs itself refuses such a pattern, so no filter in an account can have it. */
    public boolean rejectedByCloudWatchLogs() {
        return rejectedByCloudWatchLogs;
    }

    public String reason() {
        return reason;
    }

    /** 1-based character position in the pattern text. */
    public int position() {
        return position;
    }
}
