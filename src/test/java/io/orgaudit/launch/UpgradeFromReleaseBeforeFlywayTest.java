package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database file written by the last release before Flyway (src/test/resources/database/release-before-flyway,
 * README there: two demo runs, then a rerun of run 2's failed accounts as job instance 3) opens in this release:
 * Flyway baselines it at 0 and applies version 1 on top, every run, account, piece of evidence and verdict stays as
 * it was, and the next run (run 4) compares itself with the last one in the file.
 */
class UpgradeFromReleaseBeforeFlywayTest {

    private static final String FIXTURE = "database/release-before-flyway/orgaudit.mv.db";
    private static final List<String> ORGAUDIT_TABLES = List.of("SCAN_RUN", "SCAN_ACCOUNT", "SCAN_ACCOUNT_EVIDENCE",
            "SCAN_VERDICT");

    @TempDir
    Path dir;

    @Test
    void theOldRunsStayAndTheNextRunComparesWithTheLastOfThem() throws Exception {
        String url = copyOfTheFixture();
        Map<String, List<String>> before = DatabaseRows.of(url);
        assertThat(before).doesNotContainKey("flyway_schema_history");
        assertThat(before.get("SCAN_RUN")).hasSize(2);
        assertThat(before.get("SCAN_ACCOUNT")).hasSize(64);
        assertThat(before.get("SCAN_VERDICT")).hasSize(62);

        InProcessRun.Outcome next = InProcessRun.run(Map.of(), List.of("--spring.datasource.url=" + url,
                "--orgaudit.output.directory=" + dir.resolve("reports")));

        assertThat(next.exitCode()).as(String.join("\n", next.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        Map<String, List<String>> after = DatabaseRows.of(url);
        for (String table : ORGAUDIT_TABLES) {
            // scan_account.tags, added by V2, is the last column: the old columns are compared
            assertThat(after.get(table).stream().map(row -> table.equals("SCAN_ACCOUNT") ? withoutLastColumn(row) : row)
                    .toList())
                    .as(table + ": every row of the old runs, unchanged")
                    .containsAll(before.get(table)).hasSizeGreaterThan(before.get(table).size());
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.queryForList("SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
                .as("the old file baselined at 0, then versions 1 and 2 applied")
                .containsExactly("0 BASELINE", "1 SQL", "2 SQL");
        assertThat(jdbc.queryForList("SELECT status || ' ' || broken_link FROM scan_verdict WHERE run_id = 2"
                + " AND account_id = '444444444401'", String.class))
                .as("a verdict of the old file").containsExactly("FAIL NO_TRAIL");
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = 4",
                String.class)).isEqualTo("COMPLETED");
        Path workbook = Path.of(jdbc.queryForObject("SELECT workbook FROM scan_run WHERE run_id = 4", String.class));
        assertThat(WorkbookReader.cells(workbook, "Summary")).as("run 4's Summary")
                .anyMatch(row -> !row.isEmpty() && row.get(0).startsWith("Changes since run 2"));
    }

    private String copyOfTheFixture() throws Exception {
        Path file = dir.resolve("data/orgaudit.mv.db");
        Files.createDirectories(file.getParent());
        try (InputStream fixture = new ClassPathResource(FIXTURE).getInputStream()) {
            Files.copy(fixture, file);
        }
        return "jdbc:h2:file:" + dir.resolve("data/orgaudit");
    }

    private static String withoutLastColumn(String row) {
        return row.substring(0, row.lastIndexOf('|', row.length() - 2) + 1);
    }
}
