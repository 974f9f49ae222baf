package io.orgaudit;

import java.io.PrintStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import io.orgaudit.launch.ScanResult;
import io.orgaudit.launch.StartupFailures;

/** orgaudit: audits every account of an AWS Organization and writes an Excel workbook. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrgauditApplication {

    public static void main(String[] args) {
        System.exit(run(application(), args, System.err));
    }

    /** The application main starts; a test may give it an environment of its own before {@link #run}. */
    public static SpringApplication application() {
        return new SpringApplication(OrgauditApplication.class);
    }

    /**
     * Runs orgaudit and returns its exit code. A failure someone can act on (a setting, a file, the environment) is
     * printed to {@code err} as one line starting "orgaudit: " (one line per problem when there are several);
     * only an unexpected failure, a bug, adds its stack trace for the bug report.
     */
    public static int run(SpringApplication application, String[] args, PrintStream err) {
        quietUntilConfigured();
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            int exitCode = StartupFailures.exitCode(e);
            StartupFailures.explain(e).lines().forEach(line -> err.println("orgaudit: " + line));
            if (exitCode == ScanResult.JOB_FAILED) {
                e.printStackTrace(err);
            }
            return exitCode;
        }
        return SpringApplication.exit(context);
    }

    /**
     * A jobs file that is missing or broken fails before Spring Boot has read application.yml's logging levels, and
     * Boot would log it with a stack trace at the logging defaults. run() reports start-up failures itself.
     */
    private static void quietUntilConfigured() {
        LoggingSystem logging = LoggingSystem.get(OrgauditApplication.class.getClassLoader());
        logging.setLogLevel("org.springframework.boot.SpringApplication", LogLevel.OFF);
        logging.setLogLevel("org.springframework.boot.diagnostics", LogLevel.OFF);
    }
}
