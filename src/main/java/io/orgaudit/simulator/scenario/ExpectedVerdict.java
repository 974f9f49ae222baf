package io.orgaudit.simulator.scenario;

import java.util.Objects;

/**
 * What a scenario author expects orgaudit to conclude for an account and one rule, with a one-line reason.
 * Pure documentation: the simulator never looks at it; tests and the demo compare against it
 * ({@link SimAccount#expectedFor(String)}).
 */
public record ExpectedVerdict(Outcome verdict, String why) {

    /** The rule an account's {@code expected} is for (the seed rule); {@code expectedOthers} covers every other. */
    public static final String SEED_RULE = "D9.AWS.MON.01";

    public enum Outcome { PASS, FAIL, ERROR, SKIPPED }

    public ExpectedVerdict {
        Objects.requireNonNull(verdict, "verdict");
        why = why == null ? "" : why;
    }
}
