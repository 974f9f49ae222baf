package io.orgaudit.settings;

/**
 * A value from the user, as it is shown inside a one-line message: control characters (a newline in an argument or
 * an environment variable) would break the line, and a megabyte of text would bury it.
 */
final class Shown {

    private static final int LONGEST = 200;

    private Shown() {
    }

    static String value(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "...";
    }

    /** {@code -1s}, {@code 250ms}: how durations are written in the settings, not ISO-8601's {@code PT-1S}. */
    static String duration(java.time.Duration duration) {
        if (duration == null) {
            return "empty";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
