package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A framework file of the operator's own, from the folder the scan names, becomes the Matrix's last framework column. */
class OperatorFrameworkTest {

    @TempDir
    Path dir;

    @Test
    void anOperatorsFrameworkIsAMatrixColumnAfterTheBuiltInOnes() throws Exception {
        Path frameworks = Files.createDirectories(dir.resolve("frameworks"));
        Files.writeString(frameworks.resolve("acme.yaml"), """
                name: ACME security controls
                source: ACME internal control catalogue, 2026 edition
                controls:
                  - id: ACME-LOG-7
                    rules: [D9.AWS.MON.01]
                  - id: ACME-IAM-2
                    rules: [D9.AWS.MON.04]
                """);
        InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.rules=D9.AWS.MON.01,D9.AWS.MON.04",
                "--orgaudit.frameworks.directory=" + frameworks));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);

        List<Map<String, String>> matrix = WorkbookReader.read(outcome.workbook()).get("Matrix");
        List<String> headers = new ArrayList<>(matrix.get(0).keySet());
        // account columns, the 34 built-in frameworks, ACME, then the two rules' own columns
        assertThat(headers).hasSize(4 + 34 + 1 + 2);
        assertThat(headers.subList(headers.size() - 3, headers.size()))
                .containsExactly("ACME security controls", "D9.AWS.MON.01", "D9.AWS.MON.04");
        Map<String, String> management = matrix.stream().filter(row -> row.get("Account name").equals("management"))
                .findFirst().orElseThrow();
        assertThat(management.get("ACME security controls")).isEqualTo("PASS 2/2");
        Map<String, String> logArchive = matrix.stream().filter(row -> row.get("Account name").equals("log-archive"))
                .findFirst().orElseThrow();
        assertThat(logArchive.get("ACME security controls")).isEqualTo("FAIL 1/2");
    }
}
