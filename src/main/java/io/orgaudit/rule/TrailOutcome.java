package io.orgaudit.rule;

/**
 * How far one trail's chain got. {@code depth} orders broken chains so the verdict can name the trail that came
 * closest: 0 trail, 1 log group, 2 filter, 3 alarm, 4 alarm action, 5 subscriber.
 */
sealed interface TrailOutcome {

    Verdict.Chain chain();

    String reason();

    record Complete(Verdict.Chain chain, String reason) implements TrailOutcome {}

    record Broken(int depth, Verdict.Chain chain, String reason) implements TrailOutcome {}

    /** Part of the chain could not be read, so the trail might have been complete: never a FAIL. */
    record Unreadable(Verdict.Chain chain, String reason, io.orgaudit.access.Failure failure) implements TrailOutcome {}
}
