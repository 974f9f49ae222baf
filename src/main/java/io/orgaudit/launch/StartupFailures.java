package io.orgaudit.launch;

import java.util.List;
import java.util.Optional;

import io.orgaudit.access.Causes;
import io.orgaudit.access.EndpointProblems;
import io.orgaudit.exceptions.ExceptionsFileException;
import io.orgaudit.framework.FrameworkFileException;
import io.orgaudit.rule.RuleFileException;
import io.orgaudit.settings.ActionableFailure;
import io.orgaudit.settings.EnvironmentNotReadyException;
import io.orgaudit.settings.InvalidSettingsException;

/**
 * Finds, in a failure, the cause a person can act on, says it in one line, and picks the exit code it deserves:
 * {@link ScanResult#INVALID_CONFIGURATION} for input to fix, {@link ScanResult#ENVIRONMENT_NOT_READY} for a world
 * to fix, {@link ScanResult#RUN_IN_PROGRESS} for a database in use, and {@link ScanResult#JOB_FAILED} only for what
 * nobody foresaw (a bug: the caller keeps its stack trace). Nothing here deletes or alters data.
 */
public final class StartupFailures {

    private StartupFailures() {
    }

    /** What went wrong and what to do, in one line (several problems of the configuration: one line each). */
    public static String explain(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        return recognised(failure).map(Diagnosis::message).orElseGet(() -> root(failure).toString());
    }

    public static int exitCode(Throwable failure) {
        return recognised(failure).map(Diagnosis::exitCode).orElse(ScanResult.JOB_FAILED);
    }

    private record Diagnosis(String message, int exitCode) {}

    private static Optional<Diagnosis> recognised(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            Optional<Diagnosis> diagnosis = diagnose(t);
            if (diagnosis.isPresent()) {
                return diagnosis;
            }
        }
        // An actionable failure's own words, unless a cause above already said more precisely what is wrong.
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof ActionableFailure && t.getMessage() != null) {
                return Optional.of(new Diagnosis(t.getMessage(), ScanResult.ENVIRONMENT_NOT_READY));
            }
        }
        return Optional.empty();
    }

    private static Optional<Diagnosis> diagnose(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof RunLock.RunInProgressException) {
            return Optional.of(new Diagnosis(message, ScanResult.RUN_IN_PROGRESS));
        }
        if (message.contains("Database may be already in use")) {
            return Optional.of(new Diagnosis("the database file is in use by another process (another orgaudit "
                    + "run?): " + firstLine(message) + "; wait for that run to finish", ScanResult.RUN_IN_PROGRESS));
        }
        if (isConfigurationProblem(t)) {
            return Optional.of(new Diagnosis(message, ScanResult.INVALID_CONFIGURATION));
        }
        Optional<String> configurationFile = ConfigurationFileProblems.in(t);
        if (configurationFile.isPresent()) {
            return configurationFile.map(text -> new Diagnosis(text, ScanResult.INVALID_CONFIGURATION));
        }
        if (message.contains("File corrupted") || message.contains("is not a valid H2 database")) {
            return Optional.of(new Diagnosis("the database file is damaged: " + firstLine(message) + "; move it aside "
                    + "(it is kept, not deleted) or point spring.datasource.url at a new file",
                    ScanResult.INVALID_CONFIGURATION));
        }
        if (t instanceof EnvironmentNotReadyException) {
            return Optional.of(new Diagnosis(message, ScanResult.ENVIRONMENT_NOT_READY));
        }
        return EndpointProblems.in(t, "AWS").or(() -> DiskProblems.in(t))
                .map(text -> new Diagnosis(text, ScanResult.ENVIRONMENT_NOT_READY));
    }

    private static boolean isConfigurationProblem(Throwable t) {
        return t instanceof InvalidSettingsException || t instanceof RuleFileException
                || t instanceof FrameworkFileException || t instanceof ExceptionsFileException
                || (t instanceof IllegalArgumentException && t.getMessage() != null
                && t.getMessage().startsWith("orgaudit."));
    }

    private static Throwable root(Throwable failure) {
        List<Throwable> chain = Causes.of(failure);
        return chain.get(chain.size() - 1);
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("");
    }
}
