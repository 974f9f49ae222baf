package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    void aRerunBeforeAnyRunSaysToRunAScanFirst() {
        Throwable failure = run("--orgaudit.command=rerun-failed");
        assertThat(StartupFailures.explain(failure)).contains("there is no run to rerun in this database yet");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void noAwsCredentialsInsideTheJobAreTheEnvironmentsProblemWithAMessageSayingWhereCredentialsComeFrom() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(NoCredentials.inThisEnvironment(),
                "AWS credentials are in this process's environment variables");
        // No credentials anywhere the default chain looks, and never a call out of this machine (no IMDS).
        Map<String, String> isolated = Map.of("aws.disableEc2Metadata", "true",
                "aws.sharedCredentialsFile", dir.resolve("none/credentials").toString(),
                "aws.configFile", dir.resolve("none/config").toString());
        ScanResult result = SystemProperties.with(isolated, () -> {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrgauditApplication.class)
                    .run(database(), "--orgaudit.output.directory=" + dir.resolve("reports"),
                            "--orgaudit.source=aws", "--orgaudit.aws.endpoint=http://127.0.0.1:9",
                            "--orgaudit.run-on-startup=false")) {
                return context.getBean(ScanLauncher.class).scan();
            }
        });
        assertThat(result.exitCode()).isEqualTo(ScanResult.ENVIRONMENT_NOT_READY);
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Failure: no AWS credentials were found"));
    }

    @Test
    void aDamagedDatabaseFileIsNamedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("db/orgaudit.mv.db");
        Files.createDirectories(file.getParent());
        byte[] garbage = "this is not an H2 database, and it must survive untouched".repeat(200).getBytes();
        Files.write(file, garbage);
        Throwable failure = run();
        assertThat(StartupFailures.explain(failure)).startsWith("spring.datasource.url: the database file ")
                .contains(" is damaged: ").doesNotContain("\n");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
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

    /** What an operator sees, from a JVM of its own: real environment variables, real stderr, real exit code. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ownJvmCases")
    void inItsOwnJvmBadInputGetsOneLineAndItsExitCode(String name, Map<String, String> environment, int exitCode,
                                                     String line, List<String> arguments) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(dir.resolve("jobs/typo.yml"), "orgaudit:\n  source: demo\n  concurency: 8\n");
        List<String> all = new ArrayList<>(List.of(database(), "--orgaudit.output.directory=" + dir.resolve("reports")));
        all.addAll(arguments);
        ScanProcess process = ScanProcess.start(dir, environment, all.toArray(String[]::new));

        assertThat(process.awaitExit(Duration.ofSeconds(120))).as(String.join("\n", process.output()))
                .isEqualTo(exitCode);
        assertThat(process.output()).filteredOn(output -> output.startsWith("orgaudit: ")).containsExactly(line);
        assertThat(process.output()).noneMatch(output -> output.startsWith("\tat ") || output.contains("Exception"));
        if (exitCode == ScanResult.INVALID_CONFIGURATION) {
            assertThat(dir.resolve("db")).as("no database was created").doesNotExist();
        } else {
            assertThat(DatabaseRows.of("jdbc:h2:file:" + dir.resolve("db/orgaudit")).get("SCAN_RUN"))
                    .as("no run was opened").isEmpty();
        }
    }

    static Stream<Arguments> ownJvmCases() {
        return Stream.of(
                Arguments.of("concurrency from the environment", Map.of("ORGAUDIT_CONCURRENCY", "abc"),
                        ScanResult.INVALID_CONFIGURATION, "orgaudit: orgaudit.concurrency: 'abc' is not a whole number; "
                                + "give the number of accounts scanned at once, 1 to 1024 (default 16) (from "
                                + "environment variable ORGAUDIT_CONCURRENCY)", List.of()),
                Arguments.of("single dash", Map.of(), ScanResult.INVALID_CONFIGURATION,
                        "orgaudit: argument '-orgaudit.concurrency=8' is not an option; give settings as --name=value, "
                                + "for example --orgaudit.concurrency=8", List.of("-orgaudit.concurrency=8")),
                Arguments.of("misspelt key in a jobs file", Map.of(), ScanResult.INVALID_CONFIGURATION,
                        "orgaudit: orgaudit.concurency: not an orgaudit setting; did you mean orgaudit.concurrency? "
                                + "(from jobs/typo.yml line 3)", List.of("--spring.config.import=file:jobs/typo.yml")),
                Arguments.of("jobs file missing, before logging is set up", Map.of(), ScanResult.INVALID_CONFIGURATION,
                        "orgaudit: a configuration file could not be read: Config data resource 'file [jobs/none.yml]' "
                                + "via location 'file:jobs/none.yml' cannot be found (check the --spring.config.import "
                                + "path and its YAML)", List.of("--spring.config.import=file:jobs/none.yml")),
                Arguments.of("endpoint on a closed port", Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_EC2_METADATA_DISABLED", "true"),
                        ScanResult.ENVIRONMENT_NOT_READY, "orgaudit: the AWS endpoint http://127.0.0.1:9 cannot be "
                                + "reached (Connect to 127.0.0.1:9 [/127.0.0.1] failed: Connection refused); check "
                                + "orgaudit.aws.endpoint, the network and any proxy; then run the same command again "
                                + "(nothing collected was lost)",
                        List.of("--orgaudit.source=aws", "--orgaudit.aws.endpoint=http://127.0.0.1:9",
                                "--orgaudit.aws.max-attempts=1")));
    }

    @Test
    void severalProblemsGetOneLineEach() {
        InProcessRun.Outcome outcome = InProcessRun.run(Map.of("ORGAUDIT_CONCURENCY", "8"), List.of(database(),
                "--orgaudit.output.directory=" + dir.resolve("reports"), "--orgaudit.comand=rerun-failed"));

        assertThat(outcome.exitCode()).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(outcome.problemLines()).containsExactlyInAnyOrder(
                "orgaudit: orgaudit.comand: not an orgaudit setting; did you mean orgaudit.command? (from the command "
                        + "line)",
                "orgaudit: orgaudit.concurency: not an orgaudit setting; did you mean orgaudit.concurrency? (from "
                        + "environment variable ORGAUDIT_CONCURENCY)");
    }

    /** A real "No space left on device" from the kernel (Linux's /dev/full), met while the job writes its reports. */
    @Test
    void aDiskThatFillsDuringTheRunIsNamedWithExitCode5() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        Throwable noSpace = catchThrowable(() -> Files.write(full, new byte[4096]));
        RuntimeException asTheReportStepFails = new java.io.UncheckedIOException("writing the workbook",
                (java.io.IOException) noSpace);

        assertThat(StartupFailures.explain(asTheReportStepFails)).isEqualTo("the disk is full (" + noSpace.getMessage()
                + "); free space on it, then run the same command again (it resumes)");
        assertThat(StartupFailures.exitCode(asTheReportStepFails)).isEqualTo(ScanResult.ENVIRONMENT_NOT_READY);
    }

    /**
     * A full output disk stops orgaudit before the scan. Needs a small file system of its own, which only root can
     * mount: skipped elsewhere ({@link #aDiskThatFillsDuringTheRunIsNamedWithExitCode5} covers the words).
     */
    @Test
    void aFullOutputDiskStopsOrgauditBeforeTheScanWithExitCode5() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        org.junit.jupiter.api.Assumptions.assumeTrue(SmallDisk.mount(mount), "mounting a tmpfs needs root");
        try {
            SmallDisk.fill(mount);
            InProcessRun.Outcome outcome = InProcessRun.run(Map.of(), List.of(database(),
                    "--orgaudit.output.directory=" + mount));

            assertThat(outcome.exitCode()).isEqualTo(ScanResult.ENVIRONMENT_NOT_READY);
            assertThat(outcome.problemLines()).containsExactly("orgaudit: orgaudit.output.directory: cannot write to '"
                    + mount + "' (No space left on device); free space or make the folder writable, or point the "
                    + "setting elsewhere, then run the same command again");
            assertThat(dir.resolve("db")).as("the database was not opened").doesNotExist();
        } finally {
            SmallDisk.unmount(mount);
        }
    }

    @Test
    void aFailureTheJobExplainsItselfIsTheEnvironmentsWithExitCode5() {
        String refused = "the hub credentials (account 444444444401) may not list the organization's accounts "
                + "(AccessDeniedException): run orgaudit as the management account or a delegated administrator";
        RuntimeException stepFailure = new IllegalStateException("step discoverAccounts failed",
                new io.orgaudit.settings.ActionableFailure(refused, null));

        assertThat(StartupFailures.explain(stepFailure)).isEqualTo(refused);
        assertThat(StartupFailures.exitCode(stepFailure)).isEqualTo(ScanResult.ENVIRONMENT_NOT_READY);
    }

    /** Only what nobody foresaw keeps its stack trace: that is what a bug report needs. */
    @Test
    void anUnexpectedFailureIsABugWithExitCode1AndItsStackTrace() {
        org.springframework.boot.SpringApplication failing = new org.springframework.boot.SpringApplication(
                OrgauditApplication.class) {
            @Override
            public ConfigurableApplicationContext run(String... args) {
                throw new IllegalStateException("unforeseen", new NullPointerException("x is null"));
            }
        };
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();

        int exitCode = OrgauditApplication.run(failing, new String[0], new java.io.PrintStream(printed, true,
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(ScanResult.JOB_FAILED);
        List<String> lines = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("orgaudit: java.lang.NullPointerException: x is null");
        assertThat(lines).anyMatch(line -> line.startsWith("\tat "));
    }
}
