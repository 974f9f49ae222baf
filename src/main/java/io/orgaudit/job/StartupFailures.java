package io.orgaudit.job;

import io.orgaudit.rule.RuleFileException;
import io.orgaudit.settings.ActionableFailure;

/**
 * Finds, in a failure, the cause a person can act on, says it in one line, and picks the exit code it deserves.
 * Nothing here deletes or alters data: the message says what to do instead.
 */
public final class StartupFailures {

    private StartupFailures() {
    }

    public static String explain(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (isConfigurationProblem(t) || t instanceof RunLock.RunInProgressException) {
                return message;
            }
            if (t.getClass().getName().startsWith("org.springframework.boot.context.config.")
                    || t.getClass().getName().startsWith("org.yaml.snakeyaml.")) {
                return "a configuration file could not be read: " + message.lines().findFirst().orElse("")
                        + " (check the --spring.config.import path and its YAML)";
            }
            if (message.contains("Database may be already in use")) {
                return "the database file is in use by another process (another orgaudit run?): "
                        + message.lines().findFirst().orElse("") + "; wait for that run to finish";
            }
            if (message.contains("File corrupted") || message.contains("is not a valid H2 database")) {
                return "the database file is damaged: " + message.lines().findFirst().orElse("")
                        + "; move it aside (it is kept, not deleted) or point spring.datasource.url at a new file";
            }
            if (message.contains("Unable to load credentials")) {
                return "no AWS credentials were found for orgaudit.source=aws: configure IRSA or EKS Pod Identity, "
                        + "an AWS profile, or environment variables (" + message.lines().findFirst().orElse("") + ")";
            }
        }
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.toString();
    }

    public static int exitCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof RunLock.RunInProgressException || message.contains("Database may be already in use")) {
                return ScanResult.RUN_IN_PROGRESS;
            }
            if (t instanceof ActionableFailure && !(t instanceof io.orgaudit.settings.InvalidSettingsException)) {
                return ScanResult.JOB_FAILED; // e.g. missing permissions: the job ran and failed
            }
            if (isConfigurationProblem(t) || t.getClass().getName().startsWith("org.springframework.boot.context.config.")
                    || t.getClass().getName().startsWith("org.yaml.snakeyaml.")) {
                return ScanResult.INVALID_CONFIGURATION;
            }
        }
        return ScanResult.JOB_FAILED;
    }

    private static boolean isConfigurationProblem(Throwable t) {
        return t instanceof ActionableFailure || t instanceof RuleFileException
                || (t instanceof IllegalArgumentException && t.getMessage() != null
                && t.getMessage().startsWith("orgaudit."));
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
