package io.orgaudit.simulator.scenario;

import java.util.Objects;

/**
 * What a scenario author expects orgaudit to conclude for an account, with a one-line reason.
 * Pure documentation: the simulator never looks at it; tests and the demo compare against it.
 */
public record ExpectedVerdict(Outcome verdict, String why) {

    public enum Outcome { PASS, FAIL, ERROR, SKIPPED }

    public ExpectedVerdict {
        Objects.requireNonNull(verdict, "verdict");
        why = why == null ? "" : why;
    }
}
