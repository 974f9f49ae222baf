package io.orgaudit.report;

import java.util.List;
import java.util.Objects;

/** The seed text of one rule, shown on the Rule sheet. */
public record RuleInfo(String id, String name, String description, String riskLevel, String cloudEntity, String category,
                       String gslLogic, String remediation, List<FrameworkColumn> frameworks) {

    public RuleInfo {
        Objects.requireNonNull(id, "rule id");
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }
}
