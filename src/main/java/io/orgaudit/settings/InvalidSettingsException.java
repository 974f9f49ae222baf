package io.orgaudit.settings;

import java.util.List;

/** The configuration cannot work; the message lists each problem with the setting it concerns. */
public final class InvalidSettingsException extends ActionableFailure {
    public InvalidSettingsException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems), null);
    }
}
