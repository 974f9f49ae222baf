package io.orgaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.OrgauditApplication;
import io.orgaudit.job.ScanLauncher;
import io.orgaudit.job.ScanResult;
import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.CallLog;
import io.orgaudit.simulator.ExpectedVerdict.Outcome;
import io.orgaudit.simulator.Scenario;
import io.orgaudit.simulator.SimulatedAws;

/**
 * The real Spring Batch job, end to end (discover, collect, evaluate, workbook), against a generated organization of
 * N accounts x R regions served by the simulator over HTTP with latency L per call. Prints wall time, calls by
 * service and operation, requests in flight, the ideal time (calls x L / concurrency) and how close the run came to
 * it, peak heap, and the time to write the workbook. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=OrganizationScanBenchmark [-Dbench.accounts=1000 -Dbench.regions=17 -Dbench.latency=50ms
 * -Dbench.concurrency=64]}.
 */
@Tag("benchmark")
class OrganizationScanBenchmark {

    @TempDir
    Path directory;

    @Test
    void scansAGeneratedOrganizationAndPrintsHowCloseItCameToTheLatencyBound() throws Exception {
        BenchmarkParameters parameters = BenchmarkParameters.fromSystemProperties();
        Scenario scenario = BenchmarkOrganization.generate(parameters.accounts(), parameters.regions());
        Map<Outcome, Long> expected = BenchmarkOrganization.expectedOutcomes(scenario);
        try (SimulatedAws simulator = SimulatedAws.start(scenario)) {
            simulator.faults().latency(parameters.latency());
            Measurement measurement;
            try (ConfigurableApplicationContext context = start(simulator, parameters)) {
                ScanLauncher launcher = context.getBean(ScanLauncher.class);
                simulator.calls().reset();
                simulator.requestsInFlight().reset();
                System.gc();
                ScanResult result;
                long started;
                long finished;
                try (RunSampler sampler = new RunSampler(simulator.requestsInFlight())) {
                    started = System.nanoTime();
                    result = launcher.run();
                    finished = System.nanoTime();
                    measurement = Measurement.of(parameters, Duration.ofNanos(finished - started), result,
                            simulator, sampler, StepTimes.of(context.getBean(JdbcTemplate.class), result.runId()));
                }
                System.out.println(new BenchmarkReport(measurement).text());

                assertThat(result.batchStatus()).isEqualTo("COMPLETED");
                assertThat(result.workbook()).exists();
                assertThat(result.verdicts().getOrDefault(Verdict.Status.PASS, 0L))
                        .isEqualTo(expected.getOrDefault(Outcome.PASS, 0L));
                assertThat(result.verdicts().getOrDefault(Verdict.Status.FAIL, 0L))
                        .isEqualTo(expected.getOrDefault(Outcome.FAIL, 0L));
                assertThat(result.verdicts().getOrDefault(Verdict.Status.ERROR, 0L))
                        .isEqualTo(expected.getOrDefault(Outcome.ERROR, 0L));
                assertThat((long) result.skippedAccounts()).isEqualTo(expected.getOrDefault(Outcome.SKIPPED, 0L));
            }
        }
    }

    /**
     * orgaudit as deployed against real AWS ({@code orgaudit.source=aws}, hub credentials from the default chain),
     * with every service at the simulator's endpoint.
     */
    private ConfigurableApplicationContext start(SimulatedAws simulator, BenchmarkParameters parameters) {
        System.setProperty("aws.accessKeyId", simulator.hubAccessKeyId());
        System.setProperty("aws.secretAccessKey", simulator.hubSecretAccessKey());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("orgaudit.run-on-startup", "false");
        properties.put("orgaudit.source", "aws");
        properties.put("orgaudit.aws.endpoint", simulator.endpoint().toString());
        properties.put("orgaudit.concurrency", Integer.toString(parameters.concurrency()));
        properties.put("orgaudit.output.directory", directory.resolve("reports").toString());
        properties.put("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("db/orgaudit")
                + ";DB_CLOSE_ON_EXIT=FALSE");
        // As command-line arguments: they outrank application.yml, as they do for a deployed run.
        return new SpringApplicationBuilder(OrgauditApplication.class).web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /** The Batch steps' own start and end times, to see where the wall time went. */
    record StepTimes(Map<String, Duration> byStep) {

        static StepTimes of(JdbcTemplate jdbc, long jobInstanceId) {
            Map<String, Duration> times = new LinkedHashMap<>();
            jdbc.query("SELECT s.STEP_NAME, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s "
                    + "JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID "
                    + "WHERE j.JOB_INSTANCE_ID = ? AND s.STEP_NAME NOT LIKE 'collectAccount%' "
                    + "ORDER BY s.STEP_EXECUTION_ID", rs -> {
                        times.put(rs.getString(1), Duration.between(rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant()));
                    }, jobInstanceId);
            return new StepTimes(times);
        }

        Duration of(String step) {
            return byStep.getOrDefault(step, Duration.ZERO);
        }

        String describe() {
            return String.join(", ", byStep.entrySet().stream()
                    .map(e -> e.getKey() + " " + Measurement.seconds(e.getValue())).toList());
        }
    }

    /** Everything one run showed; {@link BenchmarkReport} turns it into figures. */
    record Measurement(BenchmarkParameters parameters, Duration wall, ScanResult result, List<CallLog.Call> calls,
                       Duration busy, int peakInFlight, double meanInFlightSampled, long peakHeapSampled,
                       long peakHeapOfPools, long peakHeapAfterGc, StepTimes steps) {

        static Measurement of(BenchmarkParameters parameters, Duration wall, ScanResult result,
                              SimulatedAws simulator, RunSampler sampler, StepTimes steps) {
            return new Measurement(parameters, wall, result, simulator.calls().all(),
                    simulator.requestsInFlight().busy(), simulator.requestsInFlight().peak(),
                    sampler.meanInFlightSampled(), sampler.peakHeapSampled(), sampler.peakHeapOfPools(),
                    sampler.peakHeapAfterGc(), steps);
        }

        static String seconds(Duration duration) {
            return String.format("%.2f s", duration.toNanos() / 1e9);
        }
    }
}
