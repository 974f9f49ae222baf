package io.orgaudit.pattern;

/**
 * A parsed CloudWatch Logs JSON filter pattern.
 */
public interface FilterPattern {

    /**
     * Whether CloudWatch Logs would count this log event. An event that is not a JSON object never matches,
     * as with JSON filter patterns in CloudWatch Logs.
     */
    boolean matches(String jsonEvent);

    /**
     * A normalised rendering: single spaces, quoted text values, plain numbers, no redundant parentheses or
     * duplicate clauses. Equal canonical forms mean equivalent patterns; the converse needs
     * {@link FilterPatterns#compare(String, String)}.
     */
    String canonical();
}
