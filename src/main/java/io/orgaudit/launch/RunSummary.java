package io.orgaudit.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.RerunCommand;

/** What the command line says when a run ends: its counts, its workbook, and what a rerun changed. */
final class RunSummary {

    private RunSummary() {
    }

    static String of(ScanResult result, Duration took) {
        Map<Verdict.Status, Long> v = result.verdicts();
        StringBuilder text = new StringBuilder();
        result.notes().forEach(note -> text.append(note).append(System.lineSeparator()));
        // With several rules the counts are of verdicts, one per account and rule: say so, or they read as accounts.
        String verdictsOf = result.rules() > 1 ? String.format(" %d accounts x %d rules,", result.accounts(),
                result.rules()) : "";
        text.append(String.format("Run %d %s in %.1f s:%s %d PASS, %d FAIL, %d ERROR",
                result.runId(), result.batchStatus(), took.toMillis() / 1000.0, verdictsOf,
                v.getOrDefault(Verdict.Status.PASS, 0L), v.getOrDefault(Verdict.Status.FAIL, 0L),
                v.getOrDefault(Verdict.Status.ERROR, 0L)));
        if (result.skippedAccounts() > 0) {
            text.append(" (").append(result.skippedAccounts()).append(" accounts skipped: not ACTIVE or not selected)");
        }
        text.append(System.lineSeparator()).append(result.workbook() == null
                ? "No workbook was written; see the errors above."
                : "Workbook: " + result.workbook().toAbsolutePath());
        if (result.exitCode() == ScanResult.SOME_ACCOUNTS_ERROR) {
            text.append(System.lineSeparator()).append("Some accounts could not be evaluated; once fixed, rescan them: ")
                    .append(RerunCommand.forRun(result.runId()));
        }
        return text.toString();
    }

    /** Each rescanned account's verdicts before and after the rerun, as lines under a heading. */
    static List<String> changes(List<String> accountIds, Map<String, Verdict> before, Map<String, Verdict> after) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Verdict> now : after.entrySet()) {
            Verdict then = before.get(now.getKey());
            String was = then == null ? "not evaluated" : then.status().name();
            lines.add(String.format("  %s: %s -> %s: %s", now.getKey(), was, now.getValue().status(),
                    now.getValue().reason()));
        }
        lines.sort(String::compareTo);
        lines.add(0, "Rerun of " + accountIds.size() + " accounts:");
        return lines;
    }
}
