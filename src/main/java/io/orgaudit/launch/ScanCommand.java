package io.orgaudit.launch;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import io.orgaudit.demo.CallSummary;

/** The command-line entry: runs the configured command at start-up and hands its exit code to the process. */
final class ScanCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanCommand.class);

    private final ScanLauncher launcher;
    private final ObjectProvider<CallSummary> callSummary;
    private int exitCode = ScanResult.JOB_FAILED;

    ScanCommand(ScanLauncher launcher, ObjectProvider<CallSummary> callSummary) {
        this.launcher = launcher;
        this.callSummary = callSummary;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Instant started = Instant.now();
        ScanResult result = launcher.run();
        RunSummary.of(result, Duration.between(started, Instant.now())).lines().forEach(log::info);
        callSummary.ifAvailable(summary -> log.info(summary.line()));
        exitCode = result.exitCode();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
