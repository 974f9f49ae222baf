package io.orgaudit.launch;

import java.util.Optional;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import io.orgaudit.access.Causes;

/**
 * A jobs file (--spring.config.import) that is missing or is not YAML, said in one line: which file is missing, and
 * for broken YAML where and what the parser expected (SnakeYAML's own message spans several lines with a caret
 * drawing, and does not name the file).
 */
final class ConfigurationFileProblems {

    private static final String WHAT_TO_DO = " (check the --spring.config.import path and its YAML)";

    private ConfigurationFileProblems() {
    }

    static Optional<String> in(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof MarkedYAMLException yaml) {
                return Optional.of("a configuration file could not be read: not valid YAML" + at(yaml.getProblemMark())
                        + ": " + yaml.getProblem() + WHAT_TO_DO);
            }
            String type = t.getClass().getName();
            if (type.startsWith("org.springframework.boot.context.config.") || type.startsWith("org.yaml.snakeyaml.")) {
                return Optional.of("a configuration file could not be read: "
                        + String.valueOf(t.getMessage()).lines().findFirst().orElse("") + WHAT_TO_DO);
            }
        }
        return Optional.empty();
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
