package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes since the previous run are read back from PostgreSQL: two runs of the command on one database, the
 * organization changed in between (a scenario file, as {@link RunToRunChangesTest} changes the simulator's), and
 * the second workbook's Summary lists exactly those changes.
 */
class RunToRunChangesOnPostgresqlTest {

    @TempDir
    Path dir;

    @Test
    void theSecondWorkbookListsTheChangesSinceThePreviousRunOnPostgresql() throws Exception {
        Map<String, String> database = TestDatabase.postgresql().environment();
        List<String> command = List.of("--orgaudit.output.directory=" + dir.resolve("reports"));
        assertThat(InProcessRun.run(database, command).exitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);

        Path changed = ChangedDemo.demo().withoutAuditRole("333333333301").without("444444444407")
                .with("555555555555", "new-sandbox", "Sandbox").writeTo(dir.resolve("changed-demo.yaml"));
        InProcessRun.Outcome second = InProcessRun.run(database, List.of(command.get(0),
                "--orgaudit.simulator.scenario=" + changed));

        assertThat(second.exitCode()).as(String.join("\n", second.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(second.log()).anyMatch(line -> line.contains("Run 2 COMPLETED"));
        List<String> labels = List.of("PASS → FAIL", "FAIL → PASS", "New error", "Error cleared", "New account",
                "Account gone");
        List<String> lines = WorkbookReader.cells(second.workbook(), "Summary").stream()
                .filter(row -> row.size() >= 2 && labels.contains(row.get(0)))
                .map(row -> row.get(0) + " " + row.get(1)).toList();
        assertThat(lines).containsExactlyInAnyOrder("PASS → FAIL 0", "FAIL → PASS 0", "New error 1",
                "Error cleared 0", "New account 1", "Account gone 1",
                "New error 333333333301", "New account 555555555555", "Account gone 444444444407");
    }
}
