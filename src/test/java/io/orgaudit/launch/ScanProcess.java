package io.orgaudit.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.orgaudit.OrgauditApplication;

/** orgaudit started as its own JVM, the way an operator or a CronJob starts it, with its output captured. */
final class ScanProcess {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ScanProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "scan-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ScanProcess start(Path workDir, String... arguments) throws IOException {
        return start(workDir, java.util.Map.of(), arguments);
    }

    /** @param environment variables added to this process's own */
    static ScanProcess start(Path workDir, java.util.Map<String, String> environment, String... arguments)
            throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                OrgauditApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ScanProcess(builder.start());
    }

    /** Waits until a line of output satisfies the condition; fails if the process ends first or time runs out. */
    String awaitLine(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (condition.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("orgaudit ended (exit " + process.exitValue() + ") before the expected line:\n"
                        + String.join("\n", output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no expected line within " + timeout + ":\n" + String.join("\n", output));
    }

    /**
     * Waits until a line of output satisfies the condition (true) or the process ends first (false); fails if time
     * runs out.
     */
    boolean awaitLineOrExit(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (System.nanoTime() < deadline) {
            boolean alive = process.isAlive();
            List<String> lines = output();
            for (; checked < lines.size(); checked++) {
                if (condition.test(lines.get(checked))) {
                    return true;
                }
            }
            if (!alive) {
                return false;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no expected line within " + timeout + ":\n" + String.join("\n", output));
    }

    /**
     * SIGKILL: no shutdown hook, no finally block, like a node that disappears.
     *
     * @return whether the process was still running, so the kill interrupted it
     */
    boolean kill() throws InterruptedException {
        boolean running = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return running;
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("orgaudit did not finish within " + timeout + ":\n" + String.join("\n", output));
        }
        Thread.sleep(200); // let the reader drain the last lines
        return process.exitValue();
    }

    /** The process id, which the run lock's holder names ("pid@host"). */
    long pid() {
        return process.pid();
    }

    List<String> output() {
        return List.copyOf(output);
    }
}
