package io.orgaudit.benchmark;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * What to measure, from system properties ({@code -Dbench.accounts=2000} on the Maven command line):
 * member accounts N, regions R enabled in each, latency L added to every simulated call, accounts scanned at once.
 */
record BenchmarkParameters(int accounts, int regions, Duration latency, int concurrency) {

    static BenchmarkParameters fromSystemProperties() {
        return new BenchmarkParameters(
                Integer.getInteger("bench.accounts", 1000),
                Integer.getInteger("bench.regions", 17),
                DurationStyle.detectAndParse(System.getProperty("bench.latency", "50ms")),
                Integer.getInteger("bench.concurrency", 64));
    }

    String describe() {
        return String.format("N=%d accounts x R=%d regions, latency L=%d ms per call, concurrency %d",
                accounts, regions, latency.toMillis(), concurrency);
    }
}
