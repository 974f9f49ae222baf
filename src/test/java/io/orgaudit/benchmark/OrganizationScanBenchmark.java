package io.orgaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan benchmark: the real Spring Batch job, end to end (discover, collect, evaluate, workbook), against a
 * generated organization of N accounts x R regions served by the simulator over HTTP with latency L per call.
 * Prints wall time, calls by service and operation, requests in flight, the ideal time (calls x L / concurrency)
 * and how close the run came to it, peak heap, the time to write the workbook and calls per second.
 *
 * <p>Each run gets a fresh JVM ({@link ScanBenchmark}) with the heap and JIT options of the container
 * ({@code bench.jvmOptions}), so one run's warm-up or garbage does not flatter or burden the next, and a heap limit
 * is a limit. Run with {@code ./mvnw -Pbenchmark test -Dtest=OrganizationScanBenchmark -Dbench.accounts=1000
 * -Dbench.regions=17 -Dbench.latency=50ms -Dbench.concurrency=64}; see docs/performance.md. {@code -Dbench.rules=D9.AWS.MON.01}
 * evaluates the seed's rule only (default {@code all}: every rule, the job's default), to compare the calls per account
 * and per account-region the report prints with those of a run of the whole family.
 */
@Tag("benchmark")
class OrganizationScanBenchmark {

    /**
     * As the CronJob runs orgaudit: half a gigabyte of heap, the JIT's quick tier only, compiling sooner and with more
     * compiler threads (see docs/performance.md, "The quick JIT tier").
     */
    static final String DEFAULT_JVM_OPTIONS =
            "-Xmx512m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=8 -XX:CompileThresholdScaling=0.5";

    @TempDir
    Path directory;

    @Test
    void scansAGeneratedOrganizationAndPrintsHowCloseItCameToTheLatencyBound() throws Exception {
        String jvmOptions = System.getProperty("bench.jvmOptions", DEFAULT_JVM_OPTIONS);
        System.out.println("JVM options: " + jvmOptions);
        int repeat = Math.max(1, Integer.getInteger("bench.repeat", 1));
        List<double[]> runs = new ArrayList<>(); // wall seconds, ideal / actual, CPU check (lower end)
        for (int run = 1; run <= repeat; run++) {
            if (repeat > 1) {
                System.out.printf("--- run %d of %d%n", run, repeat);
            }
            runs.add(figures(runOnce(jvmOptions, directory.resolve("run-" + run))));
        }
        if (repeat > 1) {
            System.out.println(summary(runs));
        }
    }

    /** One run in a fresh JVM, its output printed line by line as it comes; returns the output. */
    private static List<String> runOnce(String jvmOptions, Path directory) throws Exception {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScanBenchmark.class.getName(),
                directory.toString()));

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            // Line by line as it comes, so the progress of a long run shows while it runs.
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                output.add(line);
            }
        }
        assertThat(process.waitFor(60, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as("the benchmark run failed; its output is above").isZero();
        assertThat(output).anyMatch(line -> line.startsWith("ideal / actual"));
        return output;
    }

    private static final Pattern WALL = Pattern.compile("^wall time\\s+([0-9.]+) s");
    private static final Pattern RATIO = Pattern.compile("^ideal / actual\\s+([0-9.]+)");
    private static final Pattern CPU_CHECK = Pattern.compile("^CPU check\\s+SHA-256 at ([0-9]+) to");

    private static double[] figures(List<String> output) {
        return new double[] {find(output, WALL), find(output, RATIO), find(output, CPU_CHECK)};
    }

    private static double find(List<String> output, Pattern pattern) {
        return output.stream().map(pattern::matcher).filter(Matcher::find).mapToDouble(m -> Double.parseDouble(m.group(1)))
                .findFirst().orElse(Double.NaN);
    }

    /**
     * The runs side by side: on a shared machine one run can be 20 % off the next, so a change is judged by the
     * median of several, and by whether the CPU check (the host's speed just before each run) was alike.
     */
    static String summary(List<double[]> runs) {
        StringBuilder out = new StringBuilder(String.format("== %d runs ==%n", runs.size()));
        for (int i = 0; i < runs.size(); i++) {
            out.append(String.format("run %d: wall %.2f s, ideal / actual %.2f, CPU check from %.0f MB/s%n", i + 1,
                    runs.get(i)[0], runs.get(i)[1], runs.get(i)[2]));
        }
        double[] walls = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] ratios = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        out.append(String.format("wall time: median %.2f s (%.2f to %.2f); ideal / actual: median %.2f (%.2f to %.2f)",
                median(walls), walls[0], walls[walls.length - 1], median(ratios), ratios[0],
                ratios[ratios.length - 1]));
        return out.toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
