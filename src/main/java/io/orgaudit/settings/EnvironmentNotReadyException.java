package io.orgaudit.settings;

/**
 * The configuration is fine but the world around it is not ready: the AWS endpoint cannot be reached or does not
 * speak AWS, no credentials, a full disk. Nothing collected was lost; once fixed, the same command resumes.
 */
public final class EnvironmentNotReadyException extends ActionableFailure {
    public EnvironmentNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
