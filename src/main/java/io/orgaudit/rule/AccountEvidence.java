package io.orgaudit.rule;

import java.util.List;

import io.orgaudit.evidence.TargetEvidence;

/** Everything collected for one account, over all its regions; what an evaluator judges. */
public record AccountEvidence(String accountId, List<String> regions, List<TargetEvidence> targets) {}
