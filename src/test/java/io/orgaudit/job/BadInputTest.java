package io.orgaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.orgaudit.OrgauditApplication;

/**
 * Bad input and bad state each stop orgaudit with one message naming the cause and the fix, and the right exit
 * code; nothing already collected is deleted or altered.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private String database() {
        return "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit");
    }

    /** Runs the application in this JVM, as its main method would; returns how it failed (null if it did not). */
    private Throwable run(String... arguments) {
        return runWithOutput(dir.resolve("reports"), arguments);
    }

    private Throwable runWithOutput(Path output, String... arguments) {
        List<String> all = new ArrayList<>(List.of(database(), "--orgaudit.output.directory=" + output));
        all.addAll(List.of(arguments));
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrgauditApplication.class)
                    .run(all.toArray(String[]::new))) {
                assertThat(context).isNotNull();
            }
        });
    }

    @Test
    void anUnknownRegionIsNamed() {
        Throwable failure = run("--orgaudit.regions=us-east-1,mars-north-1");
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.regions: 'mars-north-1' is not an AWS region name");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void aMalformedAccountIdIsNamed() {
        assertThat(StartupFailures.explain(run("--orgaudit.accounts.exclude=1234")))
                .contains("orgaudit.accounts.exclude: '1234' is not an AWS account id");
    }

    @Test
    void zeroConcurrencyIsNamed() {
        assertThat(StartupFailures.explain(run("--orgaudit.concurrency=0"))).contains("orgaudit.concurrency: 0 is out of range");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Throwable failure = runWithOutput(file.resolve("reports"));
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.output.directory: cannot create");
    }

    @Test
    void anUnknownRuleIdIsNamed() {
        Throwable failure = run("--orgaudit.rules=D9.AWS.MON.99");
        assertThat(StartupFailures.explain(failure))
                .isEqualTo("orgaudit.rules: unknown rule id 'D9.AWS.MON.99'; known rules: D9.AWS.MON.01");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void aJobsFileThatDoesNotParseIsNamed() throws Exception {
        Path jobs = Files.writeString(dir.resolve("broken.yml"), "orgaudit:\n  rules: [D9.AWS.MON.01\n  profile: gsl\n");
        Throwable failure = run("--spring.config.import=file:" + jobs);
        assertThat(StartupFailures.explain(failure)).startsWith("a configuration file could not be read:");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void aMissingJobsFileIsNamed() {
        Throwable failure = run("--spring.config.import=file:" + dir.resolve("nightly.yml"));
        assertThat(StartupFailures.explain(failure)).contains("nightly.yml");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void anUnknownCommandIsNamed() {
        Throwable failure = run("--orgaudit.command=rerun");
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.command: 'rerun' is not a command");
    }

    @Test
    void aRerunBeforeAnyRunSaysToRunAScanFirst() {
        Throwable failure = run("--orgaudit.command=rerun-failed");
        assertThat(StartupFailures.explain(failure)).contains("there is no run to rerun in this database yet");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void noAwsCredentialsFailTheJobWithAMessageSayingWhereCredentialsComeFrom() throws Exception {
        // No credentials anywhere the default chain looks, and never a call out of this machine (no IMDS).
        java.util.Map<String, String> isolated = java.util.Map.of("aws.disableEc2Metadata", "true",
                "aws.sharedCredentialsFile", dir.resolve("none/credentials").toString(),
                "aws.configFile", dir.resolve("none/config").toString());
        java.util.Map<String, String> previous = new java.util.HashMap<>();
        isolated.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            ScanResult result;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrgauditApplication.class)
                    .run(database(), "--orgaudit.output.directory=" + dir.resolve("reports"),
                            "--orgaudit.source=aws", "--orgaudit.aws.endpoint=http://127.0.0.1:9",
                            "--orgaudit.run-on-startup=false")) {
                result = context.getBean(ScanLauncher.class).scan();
            }
            assertThat(result.exitCode()).isEqualTo(ScanResult.JOB_FAILED);
            assertThat(result.notes()).anyMatch(note -> note.startsWith("Failure: no AWS credentials were found"));
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    @Test
    void aDamagedDatabaseFileIsNamedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("db/orgaudit.mv.db");
        Files.createDirectories(file.getParent());
        byte[] garbage = "this is not an H2 database, and it must survive untouched".repeat(200).getBytes();
        Files.write(file, garbage);
        Throwable failure = run();
        assertThat(StartupFailures.explain(failure)).startsWith("the database file is damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsRefusedWithExitCode4() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/orgaudit");
        try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
            ScanProcess second = ScanProcess.start(dir, database(), "--orgaudit.output.directory=" + dir.resolve("r"));
            int exit = second.awaitExit(Duration.ofSeconds(120));
            assertThat(exit).isEqualTo(ScanResult.RUN_IN_PROGRESS);
            assertThat(second.output()).anyMatch(line -> line.startsWith(
                    "orgaudit: the database file is in use by another process (another orgaudit run?)"));
            assertThat(holder.isValid(1)).isTrue();
        }
    }
}
