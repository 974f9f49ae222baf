package io.orgaudit.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.server.CallLog;

/** The command-line entry: runs the configured command at start-up and hands its exit code to the process. */
final class ScanCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanCommand.class);

    private final ScanLauncher launcher;
    private final ObjectProvider<SimulatedAws> simulator;
    private int exitCode = ScanResult.JOB_FAILED;

    ScanCommand(ScanLauncher launcher, ObjectProvider<SimulatedAws> simulator) {
        this.launcher = launcher;
        this.simulator = simulator;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Instant started = Instant.now();
        ScanResult result = launcher.run();
        ScanLauncher.summary(result, Duration.between(started, Instant.now())).lines().forEach(log::info);
        simulator.ifAvailable(sim -> log.info(callSummary(sim.calls())));
        exitCode = result.exitCode();
    }

    /** In the demo, what the simulated AWS served: shows the calls a scan makes, and what a resumed run skipped. */
    static String callSummary(CallLog calls) {
        Map<String, Long> byOperation = calls.all().stream()
                .collect(Collectors.groupingBy(CallLog.Call::operation, TreeMap::new, Collectors.counting()));
        return "Simulated AWS served " + calls.total() + " calls: " + byOperation.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
