package io.orgaudit.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.exceptions.ExceptionOutcome;
import io.orgaudit.exceptions.ExceptionRuling;
import io.orgaudit.exceptions.RunExceptions;

/**
 * Puts a run's exceptions on its workbook content: each account and rule an entry covers gets the exception beside
 * its real verdict (EXCEPTED for a FAIL while the entry is in force), and the Exceptions sheet and the Summary get
 * every entry with what it matched. The run's day is the day it started (UTC), so a rebuilt workbook reads the same.
 */
public final class ExceptionsApplied {

    private ExceptionsApplied() {
    }

    /**
     * @param previousRunStarted when the organization's previous finished run started, or null for none
     * @param expiringWithin     entries expiring this soon are listed in the Summary
     */
    public static WorkbookContent apply(WorkbookContent content, RunExceptions exceptions,
                                        java.time.Instant previousRunStarted, Duration expiringWithin) {
        LocalDate day = LocalDate.ofInstant(content.run().startedAt(), ZoneOffset.UTC);
        LocalDate previousDay = previousRunStarted == null ? null
                : LocalDate.ofInstant(previousRunStarted, ZoneOffset.UTC);
        ExceptionRuling ruling = new ExceptionRuling(exceptions, day);
        Map<String, Map<String, ExceptionOutcome>> byAccount = new HashMap<>();
        List<FindingRow> findings = content.findings().stream()
                .map(finding -> withException(finding, ruling, byAccount)).toList();
        List<AccountRow> accounts = content.accounts().stream()
                .map(a -> new AccountRow(a.accountId(), a.name(), a.email(), a.ouPath(), a.verdictByRule(),
                        a.skippedBecause(), byAccount.getOrDefault(a.accountId(), Map.of())))
                .toList();
        ExceptionsView view = new ExceptionsView(exceptions.source(), day, previousDay,
                day.plusDays(expiringWithin.toDays()), entries(exceptions, content.findings(), day));
        return content.withAccounts(accounts, findings).withExceptions(view);
    }

    private static FindingRow withException(FindingRow finding, ExceptionRuling ruling,
                                            Map<String, Map<String, ExceptionOutcome>> byAccount) {
        Optional<ExceptionOutcome> outcome = ruling.outcome(finding.accountId(), finding.ouPath(), finding.ruleId(),
                finding.status());
        if (outcome.isEmpty()) {
            return finding;
        }
        byAccount.computeIfAbsent(finding.accountId(), k -> new LinkedHashMap<>()).put(finding.ruleId(), outcome.get());
        return new FindingRow(finding.accountId(), finding.accountName(), finding.ouPath(), finding.verdict(),
                outcome.get(), outcome.get().note(ruling.day()));
    }

    /** Every entry with each account and rule of the run it covers, whether or not another entry applied there. */
    private static List<ExceptionsView.EntryView> entries(RunExceptions exceptions, List<FindingRow> findings,
                                                          LocalDate day) {
        List<ExceptionsView.EntryView> views = new ArrayList<>();
        for (ExceptionEntry entry : exceptions.entries()) {
            ExceptionRuling alone = new ExceptionRuling(new RunExceptions(exceptions.source(), List.of(entry)), day);
            List<ExceptionsView.Match> matches = new ArrayList<>();
            for (FindingRow finding : findings) {
                alone.outcome(finding.accountId(), finding.ouPath(), finding.ruleId(), finding.status())
                        .ifPresent(outcome -> matches.add(new ExceptionsView.Match(finding.accountId(),
                                finding.accountName(), finding.ruleId(), finding.status(), outcome.standing())));
            }
            views.add(new ExceptionsView.EntryView(entry, matches));
        }
        return views;
    }
}
