package io.orgaudit.rule;

import io.orgaudit.failure.Failure;

/** How far one trail's chain got. */
sealed interface TrailOutcome {

    Verdict.Chain chain();

    String reason();

    record Complete(Verdict.Chain chain, String reason) implements TrailOutcome {}

    /** The chain breaks at {@code link}: among broken chains, the one that breaks latest tells most. */
    record Broken(BrokenLink link, Verdict.Chain chain, String reason) implements TrailOutcome {}

    /** Part of the chain could not be read, so the trail might have been complete: never a FAIL. */
    record Unreadable(Verdict.Chain chain, String reason, Failure failure) implements TrailOutcome {}
}
