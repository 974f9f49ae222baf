package io.orgaudit.rule;

import java.util.List;
import java.util.Set;

import io.orgaudit.pattern.FilterPatterns;

/** Field checks for a loaded rule file. */
final class RuleValidator {

    static final Set<String> KNOWN_EVALUATORS = Set.of(MonitoringChainEvaluator.NAME);

    private RuleValidator() {
    }

    static void check(String file, RuleDefinition rule) {
        require(file, "id", rule.id());
        if (!file.endsWith("/" + rule.id() + ".yaml")) {
            throw new RuleFileException(file, "field 'id' is '" + rule.id() + "': name the file " + rule.id()
                    + ".yaml, so a rule is found by its id", null);
        }
        require(file, "idSource", rule.idSource());
        require(file, "name", rule.name());
        require(file, "description", rule.description());
        require(file, "riskLevel", rule.riskLevel());
        require(file, "remediation", rule.remediation());
        require(file, "evaluator", rule.evaluator());
        if (!KNOWN_EVALUATORS.contains(rule.evaluator())) {
            throw new RuleFileException(file, "field 'evaluator': unknown evaluator '" + rule.evaluator()
                    + "'; known: " + KNOWN_EVALUATORS, null);
        }
        if (rule.permissions() == null || rule.permissions().isEmpty()) {
            throw new RuleFileException(file, "field 'permissions' is missing: list the IAM actions the rule reads", null);
        }
        require(file, "parameters.referencePattern", rule.referencePattern());
        parses(file, "parameters.referencePattern", rule.referencePattern());
        published(file, "acceptedPatterns", rule.acceptedPatterns());
        published(file, "olderPatterns", rule.olderPatterns());
    }

    private static void published(String file, String field, List<RuleDefinition.PublishedPattern> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            String at = field + "[" + i + "]";
            require(file, at + ".pattern", patterns.get(i).pattern());
            require(file, at + ".source", patterns.get(i).source());
            require(file, at + ".why", patterns.get(i).why());
            parses(file, at + ".pattern", patterns.get(i).pattern());
        }
    }

    private static void parses(String file, String field, String pattern) {
        try {
            FilterPatterns.parse(pattern);
        } catch (RuntimeException e) {
            throw new RuleFileException(file, "field '" + field + "' does not parse: " + e.getMessage(), e);
        }
    }

    private static void require(String file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleFileException(file, "field '" + field + "' is missing or empty", null);
        }
    }
}
