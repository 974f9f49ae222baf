package io.orgaudit.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orgaudit.benchmark.ScanBenchmark.Measurement;
import io.orgaudit.rule.Verdict;
import io.orgaudit.simulator.server.CallLog;

/** The figures of one benchmark run, as the lines an operator reads and compares between runs. */
final class BenchmarkReport {

    private static final long MB = 1024 * 1024;

    private final Measurement m;

    BenchmarkReport(Measurement measurement) {
        this.m = measurement;
    }

    String text() {
        BenchmarkParameters p = m.parameters();
        double wall = m.wall().toNanos() / 1e9;
        int calls = m.calls().size();
        // Accounts with a verdict (one verdict per account and rule, so not the sum of the job's counts).
        long scanned = Math.max(1, m.verdicts().accounts());
        int rules = m.verdicts().byRule().size();
        long accountRegions = scanned * p.regions();
        double ideal = calls * (p.latency().toNanos() / 1e9) / p.concurrency();
        StringBuilder out = new StringBuilder();
        line(out, "== orgaudit scan benchmark", p.describe() + " ==");
        line(out, "JVM", String.format("Java %s, %d cores, options %s", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(option -> option.startsWith("-X")).toList()));
        line(out, "verdicts", String.format("%d accounts scanned x %d rules: %d PASS, %d FAIL, %d ERROR; %d skipped",
                scanned, rules, count(Verdict.Status.PASS), count(Verdict.Status.FAIL), count(Verdict.Status.ERROR),
                m.result().skippedAccounts()));
        line(out, "rules", (p.rules().isEmpty() ? "all (the job's default): " : "bench.rules: ")
                + String.join(", ", m.verdicts().byRule().keySet()));
        line(out, "wall time", String.format("%.2f s (%s)", wall, m.steps().describe()));
        line(out, "API calls", String.format("%,d, %.0f calls/s", calls, calls / wall));
        line(out, "calls per account", String.format("%.2f (%,d calls / %,d accounts scanned, %d rules)",
                (double) calls / scanned, calls, scanned, rules));
        line(out, "calls per account-region", String.format("%.3f (%,d calls / %,d account-regions, %d regions each)",
                (double) calls / accountRegions, calls, accountRegions, p.regions()));
        line(out, "  by verdict", callsByVerdict());
        line(out, "  repeated", repeatedCalls());
        line(out, "  first of each", String.join(", ", m.firstCalls().entrySet().stream().map(e -> String.format(
                "%s %.2f s", e.getKey(), e.getValue().toNanos() / 1e9)).toList()) + " (into the run: how soon the "
                + "scan reached each link)");
        line(out, "  by service", String.join(", ", grouped(CallLog.Call::service).entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).toList()));
        out.append(String.format("  %-26s %9s %12s %19s%n", "by operation", "calls", "per account",
                "per account-region"));
        grouped(CallLog.Call::operation).forEach((operation, n) -> out.append(String.format(
                "    %-24s %,9d %12.3f %19.3f%n", operation, n, (double) n / scanned, (double) n / accountRegions)));
        line(out, "requests in flight", String.format("mean %.1f (simulator busy time / wall time), sampled mean %.1f,"
                        + " peak %d; configured concurrency %d", m.busy().toNanos() / 1e9 / wall,
                m.meanInFlightSampled(), m.peakInFlight(), p.concurrency()));
        line(out, "  each second", "requests in flight / CPU busy: " + m.timeline());
        line(out, "  per account", String.format("at most %d at once from one account to one service in one region "
                + "(AWS's quotas count per account and region); the hub's AssumeRole calls: %d at once",
                m.peakPerAccountServiceRegion(), m.peakStsPerCaller()));
        line(out, "ideal time", String.format("%.2f s = %,d calls x %d ms / %d", ideal, calls, p.latency().toMillis(),
                p.concurrency()));
        line(out, "ideal / actual", String.format("%.2f", ideal / wall));
        line(out, "peak heap", String.format("%s%d MB used (sampled every 10 ms), %d MB after a collection, %d MB "
                        + "sum of pool peaks; max heap %d MB", m.peakLiveHeap() < 0 ? ""
                        : String.format("%d MB live (after a full collection every %ss), ", m.peakLiveHeap() / MB,
                        System.getProperty("bench.liveHeapSeconds")), m.peakHeapSampled() / MB,
                m.peakHeapAfterGc() / MB, m.peakHeapOfPools() / MB, Runtime.getRuntime().maxMemory() / MB));
        line(out, "workbook written in", String.format("%.2f s (writeReport step: workbook, CSV and JSON Lines)",
                m.steps().of("writeReport").toNanos() / 1e9));
        line(out, "calls per second", String.format("%.0f", calls / wall));
        line(out, "CPU time", String.format("%.1f s of %d cores (%.0f%% busy), %.2f ms per call (scan and simulator "
                        + "together; load average at the end %.1f)", m.cpuNanos() / 1e9,
                Runtime.getRuntime().availableProcessors(),
                100 * m.cpuNanos() / 1e9 / wall / Runtime.getRuntime().availableProcessors(),
                m.cpuNanos() / 1e6 / Math.max(1, calls),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long scanCpu = scanCpuNanos();
        line(out, "  scan alone", String.format("%.1f s, %.2f ms per call (every thread but the simulator's "
                        + "simulated-aws-N and HTTP-Dispatcher and the benchmark's sampler; JIT and GC included)",
                scanCpu / 1e9, scanCpu / 1e6 / Math.max(1, calls)));
        line(out, "  by thread", String.join(", ", m.cpuByThreadKind().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .filter(e -> e.getValue() >= 50_000_000L)
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1e9)).toList()));
        line(out, "  GC and JIT", m.gcAndJit());
        return out.toString();
    }

    /** Threads that serve the simulated AWS or watch the run rather than scan. */
    private static final java.util.Set<String> NOT_THE_SCAN = java.util.Set.of("simulated-aws-N", "HTTP-Dispatcher",
            "benchmark-sampler");

    private long scanCpuNanos() {
        return m.cpuByThreadKind().entrySet().stream().filter(e -> !NOT_THE_SCAN.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * The calls made for each member account (as the account, and the hub's AssumeRole into it), by the account's
     * verdict: what an account costs when it passes, fails or cannot be read.
     */
    private String callsByVerdict() {
        Map<String, Long> byAccount = m.calls().stream().map(BenchmarkReport::accountScanned)
                .filter(account -> account != null && !account.equals(BenchmarkOrganization.MANAGEMENT))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, long[]> byVerdict = new TreeMap<>(); // accounts, calls, most calls of one account
        m.verdicts().seedRuleByAccount().forEach((account, status) -> {
            if (account.equals(BenchmarkOrganization.MANAGEMENT)) {
                return;
            }
            long n = byAccount.getOrDefault(account, 0L);
            long[] figures = byVerdict.computeIfAbsent(status, s -> new long[3]);
            figures[0]++;
            figures[1] += n;
            figures[2] = Math.max(figures[2], n);
        });
        return String.join(", ", byVerdict.entrySet().stream().map(e -> String.format(
                "%s %.2f (%,d accounts, at most %d)", e.getKey(), (double) e.getValue()[1] / e.getValue()[0],
                e.getValue()[0], e.getValue()[2])).toList()) + " calls per member account, the management account apart";
    }

    /** The account a call was made for: the caller, or for the hub's AssumeRole the account of the role. */
    private static String accountScanned(CallLog.Call call) {
        if (call.operation().equals("AssumeRole") && call.subject() != null) {
            String[] arn = call.subject().split(":");
            return arn.length > 4 ? arn[4] : null;
        }
        return call.service().equals("organizations") ? null : call.accountId();
    }

    /** The same question asked again in a run: the same operation, caller, region and subject, not a further page. */
    private String repeatedCalls() {
        Map<String, Long> asked = m.calls().stream().filter(call -> !call.nextPage())
                .collect(Collectors.groupingBy(call -> call.operation() + " " + call.accountId() + " " + call.region()
                        + " " + call.subject(), Collectors.counting()));
        Map<String, Long> repeatsByOperation = new TreeMap<>();
        asked.forEach((key, n) -> {
            if (n > 1) {
                repeatsByOperation.merge(key.substring(0, key.indexOf(' ')), n - 1, Long::sum);
            }
        });
        long total = repeatsByOperation.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%,d calls asked a question already asked in the run (same operation, caller, region and "
                + "subject; further pages apart)%s", total, total == 0 ? "" : ": " + repeatsByOperation);
    }

    private long count(Verdict.Status status) {
        return m.result().verdicts().getOrDefault(status, 0L);
    }

    /** Counts by a property of the call, largest first. */
    private Map<String, Long> grouped(Function<CallLog.Call, String> key) {
        Map<String, Long> counts = m.calls().stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-22s %s%n", label, value));
    }
}
