package io.orgaudit.rule;

import java.util.List;

/** The rules this scan evaluates, in the order the scan definition names them. */
public record SelectedRules(List<RuleDefinition> rules) {}
