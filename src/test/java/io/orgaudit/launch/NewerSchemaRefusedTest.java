package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.database.NewerSchemaDatabase;

/** An older orgaudit given a database a newer one has migrated: one line with both versions, exit 2, no write. */
class NewerSchemaRefusedTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaNewerThanThisOrgauditsIsRefusedAndTheFileKeepsEveryByte() throws Exception {
        String url = NewerSchemaDatabase.create(dir.resolve("data/orgaudit"));
        Map<String, List<String>> rows = DatabaseRows.of(url);
        byte[] bytes = Files.readAllBytes(dir.resolve("data/orgaudit.mv.db"));

        InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), List.of("--spring.datasource.url=" + url,
                "--orgaudit.output.directory=" + dir.resolve("reports")));

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(outcome.problemLines()).containsExactly("orgaudit: spring.datasource.url: the database " + url
                + " has schema version 3, newer than this orgaudit's 2: run the newer orgaudit, or point"
                + " spring.datasource.url at another database");
        assertThat(Files.readAllBytes(dir.resolve("data/orgaudit.mv.db"))).as("the database file").isEqualTo(bytes);
        assertThat(DatabaseRows.of(url)).as("every table and row").isEqualTo(rows);
        assertThat(dir.resolve("reports")).doesNotExist();
    }
}
