package io.orgaudit.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orgaudit.framework.FrameworkDefinition;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.Verdict;
import io.orgaudit.store.RunRecord;
import io.orgaudit.store.ScanStore;
import io.orgaudit.store.ScannedAccount;

/** Turns a run's rows (accounts, verdicts) and the rules into what the workbook shows. */
public final class WorkbookAssembler {

    private WorkbookAssembler() {
    }

    public static WorkbookContent assemble(RunRecord run, Instant finishedAt, List<RuleDefinition> rules,
                                           List<FrameworkDefinition> frameworks, List<ScannedAccount> accounts,
                                           List<Verdict> verdicts, String rerunCommand) {
        Map<String, Map<String, Verdict>> byAccount = byAccount(verdicts);
        List<ScannedAccount> evaluated = accounts.stream().filter(a -> byAccount.containsKey(a.id())).toList();
        List<AccountRow> rows = accountRows(accounts, verdicts);
        List<FindingRow> findings = evaluated.stream().flatMap(a -> byAccount.get(a.id()).values().stream()
                .map(v -> new FindingRow(a.id(), a.name(), a.ouPath(), v)))
                .toList();
        RunInfo info = new RunInfo(run.runId(), run.organizationId(), run.managementAccountId(), run.startedAt(),
                finishedAt, run.profile(), run.regions().isEmpty() ? regionsScanned(accounts) : run.regions(),
                run.source(), rerunCommand);
        return new WorkbookContent(info, columns(rules, frameworks),
                rules.stream().map(rule -> ruleInfo(rule, frameworks)).toList(), rows, findings);
    }

    /** Without configured regions each account is scanned in its enabled regions: the run covers their union. */
    private static List<String> regionsScanned(List<ScannedAccount> accounts) {
        return accounts.stream().flatMap(a -> a.regions().stream()).filter(r -> !r.isBlank()).distinct().sorted()
                .toList();
    }

    /**
     * The Matrix rows, in the order given: the accounts that have verdicts, and the accounts the run skipped
     * (suspended, or not selected), listed as such so no account silently disappears.
     */
    public static List<AccountRow> accountRows(List<ScannedAccount> accounts, List<Verdict> verdicts) {
        Map<String, Map<String, Verdict>> byAccount = byAccount(verdicts);
        List<AccountRow> rows = new java.util.ArrayList<>();
        for (ScannedAccount a : accounts) {
            if (byAccount.containsKey(a.id())) {
                rows.add(new AccountRow(a.id(), a.name(), a.email(), a.ouPath(), verdictsOf(byAccount.get(a.id()))));
            } else if (ScanStore.SKIPPED.equals(a.scanState())) {
                rows.add(new AccountRow(a.id(), a.name(), a.email(), a.ouPath(), Map.of(),
                        "ACTIVE".equals(a.orgStatus()) ? "not selected" : a.orgStatus()));
            }
        }
        return rows;
    }

    private static Map<String, Map<String, Verdict>> byAccount(List<Verdict> verdicts) {
        Map<String, Map<String, Verdict>> byAccount = new HashMap<>();
        verdicts.forEach(v -> byAccount.computeIfAbsent(v.accountId(), k -> new LinkedHashMap<>()).put(v.ruleId(), v));
        return byAccount;
    }

    /** One column per framework in which some rule of the run counts, in the framework catalogue's order. */
    static List<FrameworkColumn> columns(List<RuleDefinition> rules, List<FrameworkDefinition> frameworks) {
        List<FrameworkColumn> columns = new java.util.ArrayList<>();
        for (FrameworkDefinition framework : frameworks) {
            Map<String, String> controlByRule = new LinkedHashMap<>();
            for (RuleDefinition rule : rules) {
                framework.controlOf(rule.id()).ifPresent(control -> controlByRule.put(rule.id(), control.id()));
            }
            if (!controlByRule.isEmpty()) {
                columns.add(new FrameworkColumn(framework.name(), controlByRule));
            }
        }
        return columns;
    }

    private static Map<String, Verdict.Status> verdictsOf(Map<String, Verdict> verdicts) {
        Map<String, Verdict.Status> result = new LinkedHashMap<>();
        verdicts.forEach((rule, v) -> result.put(rule, v.status()));
        return result;
    }

    static RuleInfo ruleInfo(RuleDefinition rule, List<FrameworkDefinition> frameworks) {
        return new RuleInfo(rule.id(), rule.name(), rule.description(), rule.riskLevel(), rule.cloudEntity(),
                rule.category(), rule.gslLogic(), rule.referencePattern(), otherForms(rule), rule.remediation(),
                rule.parameters(), columns(List.of(rule), frameworks));
    }

    private static List<String> otherForms(RuleDefinition rule) {
        List<String> forms = new java.util.ArrayList<>();
        rule.acceptedPatterns().forEach(p -> forms.add("Also passes: " + p.pattern() + " (" + p.source() + "): "
                + p.why()));
        rule.olderPatterns().forEach(p -> forms.add("Does not pass: " + p.pattern() + " (" + p.source() + "): "
                + p.why()));
        return forms;
    }
}
