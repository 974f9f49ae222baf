package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL overlay of k8s/ hands the database to the pod as SPRING_DATASOURCE_* variables from a Secret: they
 * must outrank the spring.datasource.url of the scan definition the pod imports (jobs/nightly.yml names the H2 file
 * on the volume), or the Secret would be silently ignored.
 */
class DatabaseFromEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void theDatasourceFromTheEnvironmentOutranksTheScanDefinitions() throws IOException {
        Path database = dir.resolve("from-the-secret/orgaudit");
        Path inTheDefinition = dir.resolve("from-the-scan-definition/orgaudit");
        // jobs/nightly.yml's datasource, alone: the whole file would also switch the JVM's logging to JSON
        Path definition = Files.writeString(dir.resolve("nightly.yml"),
                "spring:\n  datasource:\n    url: jdbc:h2:file:" + inTheDefinition + ";DB_CLOSE_ON_EXIT=FALSE\n");
        InProcessRun.Outcome outcome = InProcessRun.run(
                Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + database, "SPRING_DATASOURCE_USERNAME", "sa",
                        "SPRING_DATASOURCE_PASSWORD", ""),
                List.of("--spring.config.import=file:" + definition, "--orgaudit.output.directory=" + dir.resolve("reports")));

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(3);
        assertThat(Path.of(database + ".mv.db")).exists();
        assertThat(Path.of(inTheDefinition + ".mv.db")).as("the scan definition's H2 file").doesNotExist();
    }
}
