package io.orgaudit.report;

import static io.orgaudit.report.ReportFixtures.RULE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.report.RunChanges.AccountChange;
import io.orgaudit.report.RunChanges.Kind;

import io.orgaudit.rule.Verdict.Status;

class RunChangesTest {

    @TempDir
    Path directory;

    @Test
    void reportsEveryKindOfChangeInTheCurrentRunsOrderThenTheAccountsGone() {
        List<AccountRow> previous = List.of(account("1", Status.PASS), account("2", Status.FAIL), account("3", Status.PASS),
                account("4", Status.ERROR), account("5", Status.PASS), account("6", Status.FAIL));
        List<AccountRow> current = List.of(account("1", Status.FAIL), account("2", Status.PASS), account("3", Status.ERROR),
                account("4", Status.PASS), account("5", Status.PASS), account("7", Status.FAIL));

        RunChanges changes = RunChanges.between(41, previous, current);

        assertThat(changes.previousRunId()).isEqualTo(41);
        assertThat(changes.changes()).containsExactly(
                new AccountChange("1", "account-1", Kind.PASS_TO_FAIL, Status.PASS, Status.FAIL),
                new AccountChange("2", "account-2", Kind.FAIL_TO_PASS, Status.FAIL, Status.PASS),
                new AccountChange("3", "account-3", Kind.NEW_ERROR, Status.PASS, Status.ERROR),
                new AccountChange("4", "account-4", Kind.ERROR_CLEARED, Status.ERROR, Status.PASS),
                new AccountChange("7", "account-7", Kind.NEW_ACCOUNT, null, Status.FAIL),
                new AccountChange("6", "account-6", Kind.ACCOUNT_GONE, Status.FAIL, null));
    }

    @Test
    void readsThePreviousRunFromItsJsonLinesExport() {
        WorkbookContent first = ReportFixtures.content(40);
        new FindingsExport().write(first, new WorkbookWriter().write(first, directory));
        List<AccountRow> current = new ArrayList<>(first.accounts());
        current.set(1, account(ReportFixtures.accountId(1), Status.FAIL));

        RunChanges changes = RunChanges.sinceExport(directory.resolve("orgaudit-o-demo1234567-2026-11-28-run42.jsonl"), current);

        assertThat(changes.previousRunId()).isEqualTo(42);
        assertThat(changes.changes()).containsExactly(new AccountChange(ReportFixtures.accountId(1),
                "account-" + ReportFixtures.accountId(1), Kind.PASS_TO_FAIL, Status.PASS, Status.FAIL));
    }

    @Test
    void theSecondRunsSummaryListsExactlyTheChangesBetweenTheRuns() throws IOException {
        WorkbookContent first = ReportFixtures.content(40);
        List<AccountRow> accounts = new ArrayList<>(first.accounts());
        accounts.set(2, account(ReportFixtures.accountId(2), Status.FAIL));
        accounts.remove(39);
        accounts.add(account("200000000000", Status.PASS));
        WorkbookContent second = new WorkbookContent(ReportFixtures.run(43), first.frameworks(), first.rules(), accounts,
                List.of()).withChanges(RunChanges.between(42, first.accounts(), accounts));

        try (XSSFWorkbook workbook = WorkbookWriterTest.reopen(new WorkbookWriter().write(second, directory))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row title = WorkbookWriterTest.rowStartingWith(summary, "Changes since run 42");

            assertThat(WorkbookWriterTest.countOf(summary, "PASS → FAIL")).isEqualTo(1);
            assertThat(WorkbookWriterTest.countOf(summary, "FAIL → PASS")).isZero();
            assertThat(WorkbookWriterTest.countOf(summary, "New account")).isEqualTo(1);
            assertThat(WorkbookWriterTest.countOf(summary, "Account gone")).isEqualTo(1);
            List<List<String>> listed = new ArrayList<>();
            for (int r = title.getRowNum() + 8; r <= summary.getLastRowNum(); r++) {
                listed.add(WorkbookWriterTest.texts(summary.getRow(r), 5));
            }
            assertThat(listed).containsExactly(
                    List.of("Change", "Account id", "Account name", "Before", "After"),
                    List.of("PASS → FAIL", "100000000002", "account-100000000002", "PASS", "FAIL"),
                    List.of("New account", "200000000000", "account-200000000000", "", "PASS"),
                    List.of("Account gone", "100000000039", "workload-39", "ERROR", ""));
        }
    }

    @Test
    void saysSoWhenThereIsNoPreviousRun() throws IOException {
        try (XSSFWorkbook workbook = WorkbookWriterTest.reopen(new WorkbookWriter().write(ReportFixtures.content(3), directory))) {
            XSSFSheet summary = workbook.getSheet("Summary");

            WorkbookWriterTest.rowStartingWith(summary, "No previous run to compare with.");
        }
    }

    private static AccountRow account(String id, Status verdict) {
        return new AccountRow(id, "account-" + id, null, "Root", Map.of(RULE_ID, verdict));
    }
}
