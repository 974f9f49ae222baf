package io.orgaudit.job;

import io.orgaudit.rule.RuleFileException;
import io.orgaudit.settings.InvalidSettingsException;

/** Finds, in a start-up failure, the cause a person can act on, and the exit code it deserves. */
public final class StartupFailures {

    private StartupFailures() {
    }

    public static String explain(Throwable failure) {
        Throwable cause = actionableCause(failure);
        return cause != null ? cause.getMessage() : rootCause(failure).toString();
    }

    public static int exitCode(Throwable failure) {
        return actionableCause(failure) != null ? ScanResult.INVALID_CONFIGURATION : ScanResult.JOB_FAILED;
    }

    private static Throwable actionableCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSettingsException || t instanceof RuleFileException
                    || (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getMessage().startsWith("orgaudit."))) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
