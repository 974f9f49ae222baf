package io.orgaudit.framework;

import java.util.Set;
import java.util.TreeSet;

/** Field checks for a loaded framework file. */
final class FrameworkValidator {

    private FrameworkValidator() {
    }

    static void check(String file, FrameworkDefinition framework, Set<String> knownRules) {
        if (framework.name() == null || framework.name().isBlank()) {
            throw new FrameworkFileException(file, "field 'name' is missing or empty", null);
        }
        if (framework.controls().isEmpty()) {
            throw new FrameworkFileException(file, "field 'controls' is missing or empty: list the framework's "
                    + "controls, each with the rule ids that map to it", null);
        }
        for (int i = 0; i < framework.controls().size(); i++) {
            FrameworkDefinition.Control control = framework.controls().get(i);
            String at = "controls[" + i + "]" + (control.id() == null ? "" : " (" + control.id() + ")");
            if (control.rules().isEmpty()) {
                throw new FrameworkFileException(file, "field '" + at + ".rules' is missing or empty", null);
            }
            for (String rule : control.rules()) {
                if (!knownRules.contains(rule)) {
                    throw new FrameworkFileException(file, "field '" + at + ".rules': unknown rule id '" + rule
                            + "'; known rules: " + String.join(", ", new TreeSet<>(knownRules)), null);
                }
            }
        }
    }
}
