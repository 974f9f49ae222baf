package io.orgaudit.rule;

import java.util.List;
import java.util.Map;

/**
 * A compliance rule as data (a YAML file under {@code rules/}). Texts are the vendor's, verbatim, because the
 * workbook quotes them to auditors. {@code evaluator} names the Java evaluator that judges it, so a new rule that
 * shares an evaluator needs no Java change.
 */
public record RuleDefinition(String id, String name, String description, String riskLevel, String cloudEntity,
                             String coveredBySpectral, String category, String gslLogic, String remediation,
                             String references, String entityDescription, String evaluator,
                             Map<String, String> parameters, Map<String, Map<String, Object>> profiles,
                             List<String> permissions, List<Framework> frameworks) {

    /** A compliance framework the rule belongs to; {@code controlId} only where it is certain, else null. */
    public record Framework(String name, String controlId) {}

    public String parameter(String key) {
        return parameters == null ? null : parameters.get(key);
    }

    /** Whether a profile switches a requirement on, e.g. {@code requireLogging} in the cis profile. */
    public boolean requires(String profile, String requirement) {
        Map<String, Object> values = profiles == null ? null : profiles.get(profile);
        return values != null && Boolean.TRUE.equals(values.get(requirement));
    }
}
