package io.orgaudit.rule;

import java.util.Set;

import io.orgaudit.pattern.FilterPatterns;

/** Field checks for a loaded rule file. */
final class RuleValidator {

    static final Set<String> KNOWN_EVALUATORS = Set.of(MonitoringChainEvaluator.NAME);

    private RuleValidator() {
    }

    static void check(String file, RuleDefinition rule) {
        require(file, "id", rule.id());
        require(file, "name", rule.name());
        require(file, "description", rule.description());
        require(file, "riskLevel", rule.riskLevel());
        require(file, "gslLogic", rule.gslLogic());
        require(file, "remediation", rule.remediation());
        require(file, "evaluator", rule.evaluator());
        if (!KNOWN_EVALUATORS.contains(rule.evaluator())) {
            throw new RuleFileException(file, "field 'evaluator': unknown evaluator '" + rule.evaluator()
                    + "'; known: " + KNOWN_EVALUATORS, null);
        }
        if (rule.frameworks() == null || rule.frameworks().isEmpty()) {
            throw new RuleFileException(file, "field 'frameworks' is missing or empty", null);
        }
        for (int i = 0; i < rule.frameworks().size(); i++) {
            require(file, "frameworks[" + i + "].name", rule.frameworks().get(i).name());
        }
        if (rule.permissions() == null || rule.permissions().isEmpty()) {
            throw new RuleFileException(file, "field 'permissions' is missing: list the IAM actions the rule reads", null);
        }
        String reference = rule.parameter("referencePattern");
        require(file, "parameters.referencePattern", reference);
        try {
            FilterPatterns.parse(reference);
        } catch (RuntimeException e) {
            throw new RuleFileException(file, "field 'parameters.referencePattern' does not parse: " + e.getMessage(), e);
        }
    }

    private static void require(String file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleFileException(file, "field '" + field + "' is missing or empty", null);
        }
    }
}
