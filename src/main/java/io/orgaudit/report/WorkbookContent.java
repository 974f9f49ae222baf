package io.orgaudit.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one workbook shows. Accounts and findings keep the order given. {@code changes} (nullable: first run, or
 * nothing to compare with) feeds the Summary's "changes since the previous run". {@code owners} are the owner-tag
 * columns ({@link AccountOwners#NONE}: none).
 */
public record WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules,
                              List<AccountRow> accounts, List<FindingRow> findings, RunChanges changes,
                              AccountOwners owners) {

    public WorkbookContent {
        Objects.requireNonNull(run, "run");
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        rules = rules == null ? List.of() : List.copyOf(rules);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        findings = findings == null ? List.of() : List.copyOf(findings);
        owners = owners == null ? AccountOwners.NONE : owners;
    }

    /** Without owner columns. */
    public WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules, List<AccountRow> accounts,
                           List<FindingRow> findings, RunChanges changes) {
        this(run, frameworks, rules, accounts, findings, changes, AccountOwners.NONE);
    }

    /** Without a comparison with a previous run. */
    public WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules, List<AccountRow> accounts,
                           List<FindingRow> findings) {
        this(run, frameworks, rules, accounts, findings, null);
    }

    /** The same content compared with a previous run. */
    public WorkbookContent withChanges(RunChanges changesSincePreviousRun) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changesSincePreviousRun, owners);
    }

    /** The same content with owner-tag columns. */
    public WorkbookContent withOwners(AccountOwners accountOwners) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changes, accountOwners);
    }

    /** The rule ids of the run in a stable order: the rules' order, then any other rule a framework names. */
    List<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        frameworks.forEach(framework -> ids.addAll(framework.ruleIds()));
        return List.copyOf(ids);
    }
}
