package io.orgaudit.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.convert.DurationStyle;

/**
 * What to measure, from system properties ({@code -Dbench.accounts=2000} on the Maven command line): the
 * organization's shape ({@code -Dbench.shape=covered}, the default, or {@code first-night}), member accounts N,
 * regions R enabled in each, latency L added to every simulated call, accounts scanned at once, and any
 * further orgaudit or Spring settings to try ({@code -Dbench.settings="name=value;name=value"}), and how many
 * whole runs of the job to make before the measured one ({@code -Dbench.warmUpRuns=1}: the JIT has compiled the
 * scan's code, so the figures show the scan without the JVM's warm-up), and the rules to evaluate
 * ({@code -Dbench.rules=all}, the default: the job's default, every rule; or a comma list of rule ids such as
 * {@code -Dbench.rules=D9.AWS.MON.01}, passed to the job as {@code --orgaudit.rules=...}).
 */
record BenchmarkParameters(BenchmarkOrganization.Shape shape, int accounts, int regions, Duration latency,
                           int concurrency, Map<String, String> settings, int warmUpRuns, List<String> rules) {

    /** {@link #rules} when bench.rules is all (or unset): the job's own default applies. */
    static final List<String> ALL_RULES = List.of();

    static BenchmarkParameters fromSystemProperties() {
        return new BenchmarkParameters(
                BenchmarkOrganization.Shape.of(System.getProperty("bench.shape", "covered")),
                Integer.getInteger("bench.accounts", 1000),
                Integer.getInteger("bench.regions", 17),
                DurationStyle.detectAndParse(System.getProperty("bench.latency", "50ms")),
                Integer.getInteger("bench.concurrency", 64),
                settings(System.getProperty("bench.settings", "")),
                Integer.getInteger("bench.warmUpRuns", 0),
                rules(System.getProperty("bench.rules", "all")));
    }

    /** "all" (or blank): {@link #ALL_RULES}; else the comma-separated rule ids. */
    static List<String> rules(String text) {
        if (text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return ALL_RULES;
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
    }

    /** The value of --orgaudit.rules, or null to pass nothing (all rules, the job's default). */
    String rulesSetting() {
        return rules.isEmpty() ? null : String.join(",", rules);
    }

    String describe() {
        return String.format("%s organization, N=%d accounts x R=%d regions, latency L=%d ms per call, "
                        + "concurrency %d, rules %s%s%s", shape.label(), accounts, regions, latency.toMillis(), concurrency, rules.isEmpty() ? "all" : String.join(",", rules),
                settings.isEmpty() ? "" : ", " + settings,
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
