package io.orgaudit.evidence;

import java.util.function.Supplier;

import io.orgaudit.access.OncePerKey;

/**
 * Evidence that many accounts share (an organization trail's log group, a central SNS topic, the trail's status),
 * read once per run: the first account to ask reads it, the others wait for that answer instead of calling AWS
 * again. Keyed by run so a second run in the same JVM reads fresh data.
 */
final class SharedEvidence {

    private final OncePerKey<String, Object> answers = new OncePerKey<>();

    /** Readers turn AWS errors into evidence; anything else is a bug, and the accounts waiting see it too. */
    @SuppressWarnings("unchecked")
    <T> T once(long runId, String key, Supplier<T> reader) {
        return (T) answers.get(runId + "|" + key, reader);
    }

    /** Whether {@link #once} of this key would answer at once, from what the run read already. */
    boolean known(long runId, String key) {
        return answers.isAnswered(runId + "|" + key);
    }

    void forgetRun(long runId) {
        answers.forgetIf(key -> key.startsWith(runId + "|"), answer -> { });
    }
}
