package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store is the only difference between the two runs: the demo scanned into an H2 file and into PostgreSQL leaves
 * the same verdicts (status, reason, chain, broken link, failure) and the same accounts, row by row.
 */
class SameAnswersOnH2AndPostgresqlTest {

    private static final String VERDICTS = "SELECT account_id, rule_id, status, reason, chain, broken_link, failure"
            + " FROM scan_verdict ORDER BY account_id, rule_id";
    private static final String ACCOUNTS = "SELECT account_id, name, email, ou_path, org_status, scan_state, regions"
            + " FROM scan_account ORDER BY account_id";

    @TempDir
    Path dir;

    @Test
    void theDemoLeavesTheSameVerdictsAndAccountsInH2AndPostgresql() {
        TestDatabase h2 = scanned(TestDatabase.h2(dir.resolve("h2")), dir.resolve("h2"));
        TestDatabase postgresql = scanned(TestDatabase.postgresql(), dir.resolve("postgresql"));

        List<String> verdicts = rows(h2, VERDICTS);
        assertThat(verdicts).hasSize(32); // one per ACTIVE account of the demo
        assertThat(rows(postgresql, VERDICTS)).containsExactlyElementsOf(verdicts);
        List<String> accounts = rows(h2, ACCOUNTS);
        assertThat(accounts).hasSize(33); // every account of the demo, the suspended one too
        assertThat(rows(postgresql, ACCOUNTS)).containsExactlyElementsOf(accounts);
    }

    private static TestDatabase scanned(TestDatabase database, Path dir) {
        InProcessRun.Outcome outcome = InProcessRun.run(database.environment(),
                List.of("--orgaudit.output.directory=" + dir.resolve("reports"), "--orgaudit.rules=D9.AWS.MON.01"));
        assertThat(outcome.exitCode()).as(database + ":\n" + String.join("\n", outcome.log()))
                .isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        return database;
    }

    /** Each row as its columns' texts joined by " | " (null as "null"), in the query's order. */
    private static List<String> rows(TestDatabase database, String query) {
        return database.jdbc().query(query, (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                row.append(column > 1 ? " | " : "").append(rs.getString(column));
            }
            return row.toString();
        });
    }
}
