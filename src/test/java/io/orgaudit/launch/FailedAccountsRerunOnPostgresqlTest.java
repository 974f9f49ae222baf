package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --orgaudit.command=rerun-failed} on PostgreSQL: two accounts end ERROR (their audit role is missing), the
 * role is deployed, and the rerun rescans just the run's ERROR accounts, replaces their verdicts in that run and
 * leaves every other verdict as it was ({@link FailedAccountsRerunTest} does the same on H2, in one context).
 */
class FailedAccountsRerunOnPostgresqlTest {

    private static final List<String> BROKEN = List.of("333333333301", "333333333402");
    private static final String STILL_BROKEN = "333333333408"; // its role is missing in the demo itself
    private static final String RULE = " D9.AWS.MON.01";

    @TempDir
    Path dir;

    @Test
    void rerunFailedRescansJustTheErrorAccountsOnPostgresql() throws Exception {
        TestDatabase database = TestDatabase.postgresql();
        Path brokenRoles = ChangedDemo.demo().withoutAuditRole(BROKEN.get(0)).withoutAuditRole(BROKEN.get(1))
                .writeTo(dir.resolve("roles-missing.yaml"));
        String output = "--orgaudit.output.directory=" + dir.resolve("reports");
        String rule = "--orgaudit.rules=D9.AWS.MON.01";
        // the run keeps its exceptions in PostgreSQL too: the rerun's workbook shows them with the file gone
        Path exceptionsFile = java.nio.file.Files.writeString(dir.resolve("exceptions.yaml"), """
                exceptions:
                  - {id: EX-PG, accounts: ["444444444401"], rules: [D9.AWS.MON.01], justification: Sandbox,
                     approved-by: Jane Doe, ticket: SEC-9, expires: "2999-01-01"}
                """);
        InProcessRun.Outcome first = InProcessRun.run(database.environment(),
                List.of(output, rule, "--orgaudit.simulator.scenario=" + brokenRoles,
                        "--orgaudit.exceptions.file=" + exceptionsFile, "--orgaudit.exceptions.longest-horizon=400000d"));
        assertThat(first.exitCode()).as(String.join("\n", first.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        JdbcTemplate db = database.jdbc();
        Map<String, String> before = RunVerdicts.of(db, 1);
        assertThat(BROKEN).allSatisfy(id -> assertThat(before.get(id + RULE)).startsWith("ERROR"));

        // the roles are deployed: the demo as it is
        InProcessRun.Outcome rerun = InProcessRun.run(database.environment(),
                List.of(output, rule, "--orgaudit.command=rerun-failed"));

        assertThat(rerun.exitCode()).as(String.join("\n", rerun.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        Map<String, String> after = RunVerdicts.of(db, 1);
        assertThat(BROKEN).allSatisfy(id -> assertThat(after.get(id + RULE)).startsWith("PASS"));
        assertThat(after.get(STILL_BROKEN + RULE)).startsWith("ERROR");
        assertThat(unchanged(before, after)).hasSize(before.size() - BROKEN.size());
        assertThat(rerun.log()).anyMatch(line -> line.contains("Rerun of run 1: rescanning 3 accounts"))
                .anyMatch(line -> line.contains("  " + BROKEN.get(0) + RULE + ": ERROR -> PASS"))
                .anyMatch(line -> line.contains("Simulated AWS served") && line.contains("AssumeRole 3,"));
        assertThat(rerun.workbook().getFileName().toString()).endsWith("-run1-2.xlsx");
        assertThat(WorkbookReader.read(rerun.workbook()).get("Findings")).hasSize(before.size())
                .filteredOn(row -> BROKEN.contains(row.get("Account id"))).hasSize(BROKEN.size())
                .allSatisfy(row -> assertThat(row.get("Verdict")).isEqualTo("PASS"));
        assertThat(WorkbookReader.read(rerun.workbook()).get("Findings"))
                .filteredOn(row -> row.get("Account id").equals("444444444401")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("Verdict", "EXCEPTED").containsEntry("Exception", "EX-PG")
                        .containsEntry("Exception expires", "2999-01-01"));
    }

    private static Map<String, String> unchanged(Map<String, String> before, Map<String, String> after) {
        Map<String, String> same = new TreeMap<>(before);
        same.entrySet().removeIf(verdict -> !verdict.getValue().equals(after.get(verdict.getKey())));
        return same;
    }
}
