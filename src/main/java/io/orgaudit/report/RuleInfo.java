package io.orgaudit.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of one rule, shown on the Rule sheet; {@code gslLogic} only for a rule the vendor gives one.
 * {@code otherForms}: the benchmark's other published patterns, each a sentence saying whether it passes and why.
 */
public record RuleInfo(String id, String name, String description, String riskLevel, String cloudEntity, String category,
                       String gslLogic, String referencePattern, List<String> otherForms, String remediation,
                       Map<String, String> parameters, List<FrameworkColumn> frameworks) {

    public RuleInfo {
        Objects.requireNonNull(id, "rule id");
        otherForms = otherForms == null ? List.of() : List.copyOf(otherForms);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }
}
