package io.orgaudit.job;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/** The command-line entry: runs one scan at start-up and hands its exit code to the process. */
final class ScanCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ScanLauncher launcher;
    private int exitCode = ScanResult.JOB_FAILED;

    ScanCommand(ScanLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Instant started = Instant.now();
        ScanResult result = launcher.run();
        System.out.println(ScanLauncher.summary(result, Duration.between(started, Instant.now())));
        exitCode = result.exitCode();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
