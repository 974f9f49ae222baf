package io.orgaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * -Dbench.regions=17 -Dbench.latency=50ms -Dbench.concurrency=64}; see README.md.
 */
@Tag("benchmark")
class OrganizationScanBenchmark {

    /** As the CronJob runs orgaudit: half a gigabyte of heap, and the JIT's quick tier only (see README.md). */
    static final String DEFAULT_JVM_OPTIONS = "-Xmx512m -XX:TieredStopAtLevel=1";

    @TempDir
    Path directory;

    @Test
    void scansAGeneratedOrganizationAndPrintsHowCloseItCameToTheLatencyBound() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmOptions = System.getProperty("bench.jvmOptions", DEFAULT_JVM_OPTIONS);
        command.addAll(Arrays.stream(jvmOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScanBenchmark.class.getName(),
                directory.toString()));
        System.out.println("JVM options: " + jvmOptions);

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
    }
}
