package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without orgaudit.owners.tag-keys no tag is read and the workbook has no owner columns: exactly as before. */
class NoOwnerTagsByDefaultTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithoutTagKeysMakesNoTagCallsAndWritesNoOwnerColumns() throws Exception {
        InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.rules=D9.AWS.MON.01"));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);

        String calls = outcome.log().stream().filter(line -> line.contains("Simulated AWS served")).findFirst()
                .orElseThrow();
        assertThat(calls).contains("ListAccountsForParent").doesNotContain("ListTagsForResource");
        Map<String, List<Map<String, String>>> workbook = WorkbookReader.read(outcome.workbook());
        List<String> matrix = new ArrayList<>(workbook.get("Matrix").get(0).keySet());
        assertThat(matrix.subList(0, 4)).containsExactly("Account id", "Account name", "OU path", "E-mail");
        assertThat(matrix).hasSize(4 + 34 + 1); // the frameworks, then the rule's own column
        assertThat(new ArrayList<>(workbook.get("Findings").get(0).keySet()).subList(0, 4))
                .containsExactly("Account id", "Account name", "OU path", "Rule");
    }
}
