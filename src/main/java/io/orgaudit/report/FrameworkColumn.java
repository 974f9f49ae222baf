package io.orgaudit.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compliance framework as a column of the Matrix: its name and the rules of the run that count in it, each with
 * the framework's control id for it (null where no public source gives one), in the run's rule order.
 */
public record FrameworkColumn(String name, Map<String, String> controlByRule) {

    public FrameworkColumn {
        Objects.requireNonNull(name, "framework name");
        controlByRule = Collections.unmodifiableMap(new LinkedHashMap<>(controlByRule == null ? Map.of() : controlByRule));
    }

    public List<String> ruleIds() {
        return List.copyOf(controlByRule.keySet());
    }

    /** The control id when the framework has one rule of the run; with several, the Rule sheet lists them. */
    public String controlId() {
        return controlByRule.size() == 1 ? controlByRule.values().iterator().next() : null;
    }

    /** What the Summary shows beside the framework: its one control id, or how many rules count in it. */
    public String controlsText() {
        return controlByRule.size() == 1 ? controlId() : controlByRule.size() + " rules";
    }

    /** The header text, e.g. {@code AWS CIS Foundations v. 1.2.0 (3.1)}, or the name alone with several rules. */
    public String header() {
        String controlId = controlId();
        return controlId == null || controlId.isBlank() ? name : name + " (" + controlId + ")";
    }
}
