package io.orgaudit.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.convert.DurationStyle;

/**
 * What to measure, from system properties ({@code -Dbench.accounts=2000} on the Maven command line): member
 * accounts N, regions R enabled in each, latency L added to every simulated call, accounts scanned at once, and any
 * further orgaudit or Spring settings to try ({@code -Dbench.settings="name=value;name=value"}), and how many
 * whole runs of the job to make before the measured one ({@code -Dbench.warmUpRuns=1}: the JIT has compiled the
 * scan's code, so the figures show the scan without the JVM's warm-up).
 */
record BenchmarkParameters(int accounts, int regions, Duration latency, int concurrency,
                           Map<String, String> settings, int warmUpRuns) {

    static BenchmarkParameters fromSystemProperties() {
        return new BenchmarkParameters(
                Integer.getInteger("bench.accounts", 1000),
                Integer.getInteger("bench.regions", 17),
                DurationStyle.detectAndParse(System.getProperty("bench.latency", "50ms")),
                Integer.getInteger("bench.concurrency", 64),
                settings(System.getProperty("bench.settings", "")),
                Integer.getInteger("bench.warmUpRuns", 0));
    }

    String describe() {
        return String.format("N=%d accounts x R=%d regions, latency L=%d ms per call, concurrency %d%s%s",
                accounts, regions, latency.toMillis(), concurrency, settings.isEmpty() ? "" : ", " + settings,
                warmUpRuns == 0 ? "" : ", measured after " + warmUpRuns + " warm-up run(s) of the same job in the "
                        + "same JVM (a nightly CronJob starts cold; compare with a run without bench.warmUpRuns)");
    }

    private static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                settings.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return settings;
    }
}
