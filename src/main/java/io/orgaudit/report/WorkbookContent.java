package io.orgaudit.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one workbook shows. Accounts and findings keep the order given. {@code changes} (nullable: first run, or
 * nothing to compare with) feeds the Summary's "changes since the previous run". {@code owners} are the owner-tag
 * columns ({@link AccountOwners#NONE}: none); {@code exceptions} the run's exceptions
 * (none by default); {@code trend} the Trend sheet's history (null: no Trend sheet).
 */
public record WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules,
                              List<AccountRow> accounts, List<FindingRow> findings, RunChanges changes,
                              ExceptionsView exceptions, AccountOwners owners,
                              TrendHistory trend) {

    public WorkbookContent {
        Objects.requireNonNull(run, "run");
        exceptions = exceptions == null
                ? ExceptionsView.none(java.time.LocalDate.ofInstant(run.startedAt(), java.time.ZoneOffset.UTC))
                : exceptions;
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        rules = rules == null ? List.of() : List.copyOf(rules);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        findings = findings == null ? List.of() : List.copyOf(findings);
        owners = owners == null ? AccountOwners.NONE : owners;
    }

    /** Without a trend. */
    public WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules,
                           List<AccountRow> accounts, List<FindingRow> findings, RunChanges changes,
                           ExceptionsView exceptions, AccountOwners owners) {
        this(run, frameworks, rules, accounts, findings, changes, exceptions, owners, null);
    }

    /** Without owner columns. */
    public WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules, List<AccountRow> accounts,
                           List<FindingRow> findings, RunChanges changes) {
        this(run, frameworks, rules, accounts, findings, changes, null, AccountOwners.NONE);
    }

    /** Without a comparison with a previous run. */
    public WorkbookContent(RunInfo run, List<FrameworkColumn> frameworks, List<RuleInfo> rules, List<AccountRow> accounts,
                           List<FindingRow> findings) {
        this(run, frameworks, rules, accounts, findings, null, null, AccountOwners.NONE);
    }

    /** The same content compared with a previous run. */
    public WorkbookContent withChanges(RunChanges changesSincePreviousRun) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changesSincePreviousRun, exceptions,
                owners, trend);
    }

    /** The same content with these rows (the same accounts and findings, with their exceptions). */
    WorkbookContent withAccounts(List<AccountRow> accountRows, List<FindingRow> findingRows) {
        return new WorkbookContent(run, frameworks, rules, accountRows, findingRows, changes, exceptions, owners, trend);
    }

    /** The same content with the run's exceptions, for the Exceptions sheet and the Summary. */
    WorkbookContent withExceptions(ExceptionsView runExceptions) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changes, runExceptions, owners, trend);
    }

    /** The ids of the run's exceptions that cover no account and rule of the run: most likely a typo. */
    public List<String> unmatchedExceptions() {
        return exceptions.unmatched().stream().map(entry -> entry.entry().id()).toList();
    }

    /** The same content with owner-tag columns. */
    public WorkbookContent withOwners(AccountOwners accountOwners) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changes, exceptions, accountOwners, trend);
    }

    /** The same content with the history of the organization's recent runs, for the Trend sheet. */
    public WorkbookContent withTrend(TrendHistory history) {
        return new WorkbookContent(run, frameworks, rules, accounts, findings, changes, exceptions, owners, history);
    }

    /** The rule ids of the run in a stable order: the rules' order, then any other rule a framework names. */
    List<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        frameworks.forEach(framework -> ids.addAll(framework.ruleIds()));
        return List.copyOf(ids);
    }
}
