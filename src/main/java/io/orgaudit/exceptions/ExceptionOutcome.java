package io.orgaudit.exceptions;

import java.time.LocalDate;

/** What an exception did to one account and rule of a run: the entry, and whether it changed the verdict shown. */
public record ExceptionOutcome(ExceptionEntry entry, Standing standing) {

    public enum Standing {
        /** The rule FAILs and the exception is in force: shown EXCEPTED, the FAIL kept beside it. */
        EXCEPTED,
        /** In force, but the rule passes: the exception is no longer needed. */
        NOT_NEEDED,
        /** In force, but the rule could not be evaluated: an ERROR is never excepted. */
        NOT_APPLIED_TO_ERROR,
        /** Its expiry date has passed: the real verdict applies again. */
        EXPIRED
    }

    public boolean excepted() {
        return standing == Standing.EXCEPTED;
    }

    /** "12 days left", "1 day left", "last day". */
    public String daysLeft(LocalDate day) {
        long left = entry.expires().toEpochDay() - day.toEpochDay();
        return left == 0 ? "last day" : left + (left == 1 ? " day" : " days") + " left";
    }

    /** A sentence for the Findings sheet and the exports. */
    public String note(LocalDate day) {
        String id = entry.id();
        return switch (standing) {
            case EXCEPTED -> "FAIL excepted by " + id + " until " + entry.expires() + " (" + daysLeft(day) + ")";
            case NOT_NEEDED -> "passes now: exception " + id + " is no longer needed";
            case NOT_APPLIED_TO_ERROR -> "not excepted: the rule could not be evaluated, and " + id
                    + " covers failures only";
            case EXPIRED -> "exception " + id + " expired on " + entry.expires() + ": the real verdict applies";
        };
    }
}
