package io.orgaudit.pattern;

/** Thrown when expanding a pattern to its prime implicants would exceed the work bound. */
final class TooComplexToCompare extends RuntimeException {

    TooComplexToCompare(int limit) {
        // No stack trace: this is an expected outcome, reported to the user as a reason.
        super("its && and || expand to more than " + limit + " alternative combinations of clauses", null, false,
                false);
    }
}
