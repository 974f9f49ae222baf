package io.orgaudit.pattern;

/** Thrown when comparing or expanding a pattern would exceed its work bound. */
final class TooComplexToCompare extends RuntimeException {

    TooComplexToCompare(int limit) {
        this("its && and || expand to more than " + limit + " alternative combinations of clauses");
    }

    TooComplexToCompare(String why) {
        // No stack trace: this is an expected outcome, reported to the user as a reason.
        super(why, null, false, false);
    }
}
