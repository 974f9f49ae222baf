package io.orgaudit.launch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.orgaudit.OrgauditApplication;

/**
 * orgaudit run in this JVM exactly as its main method runs it, but with environment variables of the test's choosing
 * and everything it prints captured: the lines main prints to stderr, and the log lines on stdout.
 */
final class InProcessRun {

    /** @param problemLines what main printed to stderr; @param log everything else printed meanwhile */
    record Outcome(int exitCode, List<String> problemLines, List<String> log) {

        /** The workbook the run's summary names ("Workbook: PATH"). */
        Path workbook() {
            return log.stream().filter(line -> line.contains("Workbook: ")).findFirst()
                    .map(line -> Path.of(line.substring(line.indexOf("Workbook: ") + "Workbook: ".length())))
                    .orElseThrow(() -> new AssertionError("no workbook named in:\n" + String.join("\n", log)));
        }
    }

    private InProcessRun() {
    }

    static Outcome run(Map<String, String> environmentVariables, List<String> arguments) {
        return run(environmentVariables, arguments, null);
    }

    /**
     * On the day of this clock: the run starts at its instant, so exceptions are judged on its day.
     *
     * @param clock null for the system's
     */
    static synchronized Outcome run(Map<String, String> environmentVariables, List<String> arguments, Clock clock) {
        SpringApplication application = OrgauditApplication.application();
        if (clock != null) {
            application.addInitializers(context -> ((GenericApplicationContext) context)
                    .registerBean(Clock.class, () -> clock));
        }
        application.setEnvironment(environmentWith(environmentVariables));
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        int exitCode;
        try (PrintStream problemStream = new PrintStream(problems, true, StandardCharsets.UTF_8);
             PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            System.setOut(logStream);
            System.setErr(logStream);
            exitCode = OrgauditApplication.run(application, arguments.toArray(String[]::new), problemStream);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Outcome(exitCode, problems.toString(StandardCharsets.UTF_8).lines().toList(),
                log.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The process's environment variables replaced by these alone, the way Boot reads them (ORGAUDIT_X -> orgaudit.x). */
    private static StandardEnvironment environmentWith(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        return environment;
    }
}
