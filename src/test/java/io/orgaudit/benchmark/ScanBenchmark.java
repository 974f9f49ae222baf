package io.orgaudit.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.OrgauditApplication;
import io.orgaudit.launch.ScanLauncher;
import io.orgaudit.launch.ScanResult;
import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.ExpectedVerdict;
import io.orgaudit.simulator.scenario.ExpectedVerdict.Outcome;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.CallLog;

/**
 * One benchmark run in a JVM of its own (started by {@link OrganizationScanBenchmark}): generates the organization,
 * serves it with latency, runs the real Spring Batch job against it, prints the figures, and exits 1 when the
 * verdicts are not the ones the organization was generated with (a fast wrong scan is no result).
 *
 * @see BenchmarkParameters for the parameters
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    /** @param args the working directory (database, workbook) */
    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        BenchmarkParameters parameters = BenchmarkParameters.fromSystemProperties();
        Scenario scenario = BenchmarkOrganization.generate(parameters.shape(), parameters.accounts(),
                parameters.regions());
        List<String> problems;
        try (SimulatedAws simulator = SimulatedAws.start(scenario)) {
            simulator.faults().latency(parameters.latency());
            try (ConfigurableApplicationContext context = start(simulator, parameters, directory)) {
                ScanLauncher launcher = context.getBean(ScanLauncher.class);
                warmUp(launcher, simulator, parameters.warmUpRuns());
                simulator.calls().reset();
                simulator.requestsInFlight().reset();
                double[] cpuCheck = CpuCheck.megabytesPerSecond();
                System.gc();
                Measurement measurement;
                try (RunSampler sampler = new RunSampler(simulator.requestsInFlight())) {
                    long started = System.nanoTime();
                    ScanResult result = launcher.run();
                    long finished = System.nanoTime();
                    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                    measurement = Measurement.of(parameters, started, Duration.ofNanos(finished - started), result,
                            simulator, sampler, StepTimes.of(jdbc, result.runId()), RunVerdicts.of(jdbc, result.runId()));
                }
                System.out.println(new BenchmarkReport(measurement).text());
                System.out.printf("%-22s SHA-256 at %.0f to %.0f MB/s on one core just before the run (lower when the "
                        + "host's cores are busy with other work; compare runs at similar figures)%n", "CPU check",
                        cpuCheck[0], cpuCheck[1]);
                problems = problems(measurement.result(), measurement.verdicts(), scenario, parameters);
            }
        }
        problems.forEach(problem -> System.out.println("BENCHMARK INVALID: " + problem));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Whole runs of the job before the measured one, each a run of its own (new run id, every account again). */
    private static void warmUp(ScanLauncher launcher, SimulatedAws simulator, int runs) throws Exception {
        for (int run = 1; run <= runs; run++) {
            simulator.calls().reset();
            long started = System.nanoTime();
            ScanResult result = launcher.run();
            System.out.printf("warm-up run %d of %d: %s in %s, %,d calls%n", run, runs, result.batchStatus(),
                    Measurement.seconds(Duration.ofNanos(System.nanoTime() - started)), simulator.calls().all().size());
            if (!"COMPLETED".equals(result.batchStatus())) {
                // The next launch would resume this run and scan only what it left: no measurement of a whole run.
                throw new IllegalStateException("warm-up run " + run + " ended " + result.batchStatus()
                        + "; its output is above");
            }
        }
    }

    /** Rule by rule, the verdicts of the run against the ones the organization was generated with. */
    private static List<String> problems(ScanResult result, RunVerdicts verdicts, Scenario scenario,
                                         BenchmarkParameters parameters) {
        List<String> problems = new ArrayList<>();
        if (!"COMPLETED".equals(result.batchStatus()) || result.workbook() == null) {
            problems.add("the job ended " + result.batchStatus() + " with workbook " + result.workbook());
        }
        if (verdicts.byRule().isEmpty()) {
            problems.add("the run recorded no verdict");
        }
        if (!parameters.rules().isEmpty() && !verdicts.byRule().keySet().equals(new java.util.TreeSet<>(parameters.rules()))) {
            problems.add("the run evaluated rules " + verdicts.byRule().keySet() + ", bench.rules named "
                    + parameters.rules());
        }
        verdicts.byRule().forEach((rule, counts) -> {
            Map<Outcome, Long> expected = BenchmarkOrganization.expectedOutcomes(scenario, rule);
            for (Verdict.Status status : Verdict.Status.values()) {
                long got = counts.getOrDefault(status.name(), 0L);
                long want = expected.getOrDefault(Outcome.valueOf(status.name()), 0L);
                if (got != want) {
                    problems.add(rule + " " + status + ": " + got + " accounts, the organization was generated with "
                            + want);
                }
            }
        });
        long skipped = BenchmarkOrganization.expectedOutcomes(scenario, ExpectedVerdict.SEED_RULE)
                .getOrDefault(Outcome.SKIPPED, 0L);
        if (result.skippedAccounts() != skipped) {
            problems.add("skipped: " + result.skippedAccounts() + " accounts, expected " + skipped);
        }
        return problems;
    }

    /**
     * The run's verdicts from orgaudit's own table: counts by rule and status, and how many accounts have one (the
     * job's counts in {@link ScanResult#verdicts()} are of verdicts, one per account and rule).
     */
    record RunVerdicts(Map<String, Map<String, Long>> byRule, long accounts, Map<String, String> seedRuleByAccount) {

        static RunVerdicts of(JdbcTemplate jdbc, long runId) {
            Map<String, Map<String, Long>> byRule = new TreeMap<>();
            jdbc.query("SELECT rule_id, status, COUNT(*) FROM scan_verdict WHERE run_id = ? GROUP BY rule_id, status",
                    rs -> {
                        byRule.computeIfAbsent(rs.getString(1), rule -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                    }, runId);
            Long accounts = jdbc.queryForObject("SELECT COUNT(DISTINCT account_id) FROM scan_verdict WHERE run_id = ?",
                    Long.class, runId);
            // Every rule has the same verdict per account in the generated organizations: the seed rule's stands for all.
            Map<String, String> byAccount = new java.util.HashMap<>();
            String rule = byRule.containsKey(ExpectedVerdict.SEED_RULE) || byRule.isEmpty() ? ExpectedVerdict.SEED_RULE
                    : byRule.keySet().iterator().next();
            jdbc.query("SELECT account_id, status FROM scan_verdict WHERE run_id = ? AND rule_id = ?",
                    rs -> {
                        byAccount.put(rs.getString(1), rs.getString(2));
                    }, runId, rule);
            return new RunVerdicts(byRule, accounts == null ? 0 : accounts, byAccount);
        }
    }

    /**
     * orgaudit as deployed against real AWS ({@code orgaudit.source=aws}, hub credentials from the default chain),
     * with every service at the simulator's endpoint.
     */
    private static ConfigurableApplicationContext start(SimulatedAws simulator, BenchmarkParameters parameters,
                                                         Path directory) {
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
        if (parameters.rulesSetting() != null) {
            properties.put("orgaudit.rules", parameters.rulesSetting());
        }
        properties.putAll(parameters.settings());
        // As command-line arguments: they outrank application.yml, as they do for a deployed run.
        return new SpringApplicationBuilder(OrgauditApplication.class).web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /**
     * The Batch steps' own start and end times, to see where the wall time went (discoverAccounts and
     * collectEvidence run side by side), and when the first and the last account's scan was recorded, from the
     * start of collectEvidence (how soon the first listing page was scanned, and the stragglers at the end).
     */
    record StepTimes(Map<String, Duration> byStep, Duration firstAccountRecorded, Duration lastAccountRecorded) {

        static StepTimes of(JdbcTemplate jdbc, long jobInstanceId) {
            Map<String, Duration> times = new LinkedHashMap<>();
            Map<String, java.time.Instant> starts = new LinkedHashMap<>();
            String executions = "SELECT s.STEP_NAME, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s "
                    + "JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE j.JOB_INSTANCE_ID = ? ";
            jdbc.query(executions + "ORDER BY s.STEP_EXECUTION_ID", rs -> {
                starts.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                times.put(rs.getString(1), Duration.between(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()));
            }, jobInstanceId);
            java.time.Instant collect = starts.getOrDefault("collectEvidence", java.time.Instant.EPOCH);
            java.sql.Timestamp first = jdbc.queryForObject("SELECT MIN(collected_at) FROM scan_account_evidence "
                    + "WHERE run_id = ?", java.sql.Timestamp.class, jobInstanceId);
            java.sql.Timestamp last = jdbc.queryForObject("SELECT MAX(collected_at) FROM scan_account_evidence "
                    + "WHERE run_id = ?", java.sql.Timestamp.class, jobInstanceId);
            return new StepTimes(times, first == null ? Duration.ZERO : Duration.between(collect, first.toInstant()),
                    last == null ? Duration.ZERO : Duration.between(collect, last.toInstant()));
        }

        Duration of(String step) {
            return byStep.getOrDefault(step, Duration.ZERO);
        }

        String describe() {
            return String.join(", ", byStep.entrySet().stream()
                    .map(e -> e.getKey() + " " + Measurement.seconds(e.getValue())).toList())
                    + String.format("; first account recorded %s and last %s into collectEvidence",
                    Measurement.seconds(firstAccountRecorded), Measurement.seconds(lastAccountRecorded));
        }
    }

    /** Everything one run showed; {@link BenchmarkReport} turns it into figures. */
    record Measurement(BenchmarkParameters parameters, Duration wall, ScanResult result, List<CallLog.Call> calls,
                       Duration busy, int peakInFlight, double meanInFlightSampled, long peakHeapSampled,
                       long peakHeapOfPools, long peakHeapAfterGc, long peakLiveHeap, long cpuNanos, Map<String, Long> cpuByThreadKind,
                       String gcAndJit, StepTimes steps, String timeline, int peakPerAccountServiceRegion,
                       int peakStsPerCaller, Map<String, Duration> firstCalls, RunVerdicts verdicts) {

        static Measurement of(BenchmarkParameters parameters, long started, Duration wall, ScanResult result,
                              SimulatedAws simulator, RunSampler sampler, StepTimes steps, RunVerdicts verdicts) {
            Map<String, Duration> firstCalls = new LinkedHashMap<>();
            simulator.calls().firstArrivals().entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> firstCalls.put(e.getKey(), Duration.ofNanos(e.getValue() - started)));
            return new Measurement(parameters, wall, result, simulator.calls().all(),
                    simulator.requestsInFlight().busy(), simulator.requestsInFlight().peak(),
                    sampler.meanInFlightSampled(), sampler.peakHeapSampled(), sampler.peakHeapOfPools(),
                    sampler.peakHeapAfterGc(), sampler.peakLiveHeap(), sampler.cpuNanos(), sampler.cpuNanosByThreadKind(), sampler.gcAndJit(), steps,
                    sampler.timeline(), simulator.requestsInFlight().peakPerAccountServiceRegion(),
                    simulator.requestsInFlight().peakStsPerCaller(), firstCalls, verdicts);
        }

        static String seconds(Duration duration) {
            return String.format("%.2f s", duration.toNanos() / 1e9);
        }
    }
}
