package io.orgaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A compliance framework as a column of the Matrix: its name, the control id the rule has there (nullable)
 * and the rules of the run that belong to it.
 */
public record FrameworkColumn(String name, String controlId, List<String> ruleIds) {

    public FrameworkColumn {
        Objects.requireNonNull(name, "framework name");
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    /** The header text, e.g. {@code AWS CIS Foundations v. 1.2.0 (3.1)}. */
    public String header() {
        return controlId == null || controlId.isBlank() ? name : name + " (" + controlId + ")";
    }
}
