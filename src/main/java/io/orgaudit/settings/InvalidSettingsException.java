package io.orgaudit.settings;

import java.util.List;

/**
 * The configuration cannot work; each problem names the setting (or file) it concerns and what is allowed. One
 * problem is one line; several problems are one line each, so a CronJob's log shows each of them whole.
 */
public final class InvalidSettingsException extends ActionableFailure {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems), null);
        this.problems = List.copyOf(problems);
    }

    public InvalidSettingsException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
