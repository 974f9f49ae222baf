package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.orgaudit.OrgauditApplication;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.server.StoredObject;

/**
 * The nightly scan definition as the CronJob runs it, pointed at the simulated organization and at local folders,
 * with upload on: the workbook and both findings files land in the bucket, encrypted, under the prefix.
 */
class NightlyDeliveryTest {

    @TempDir
    Path dir;

    @Test
    void theNightlyDefinitionWithUploadPutsTheWorkbookAndFindingsInTheBucket() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrgauditApplication.class).run(
                "--spring.config.import=file:jobs/nightly.yml", "--orgaudit.source=demo",
                "--orgaudit.exceptions.file=jobs/exceptions.yaml",
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.delivery.bucket=acme-compliance-reports", "--orgaudit.role.external-id=",
                "--logging.structured.format.console=")) {
            assertThat(context.getBean(ScanCommand.class).getExitCode()).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
            SimulatedAws simulator = context.getBean(SimulatedAws.class);

            List<Path> local;
            try (var files = Files.list(dir.resolve("reports"))) {
                local = files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
            }
            assertThat(local).extracting(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
                    .containsExactlyInAnyOrder("xlsx", "csv", "jsonl");
            for (Path file : local) {
                Optional<StoredObject> object = simulator.s3Object("acme-compliance-reports",
                        "orgaudit/nightly/" + file.getFileName());
                assertThat(object).as(file.getFileName().toString()).isPresent();
                assertThat(object.get().content()).isEqualTo(Files.readAllBytes(file));
                assertThat(object.get().serverSideEncryption()).contains("AES256");
            }
        }
    }
}
