package io.orgaudit.settings;

/**
 * A failure whose message already tells the operator what is wrong and what to do (the setting, the permission,
 * the account). Shown as it is, in one line, instead of a stack trace.
 */
public class ActionableFailure extends RuntimeException {
    public ActionableFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
