package io.orgaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import io.orgaudit.job.ScanResult;
import io.orgaudit.job.StartupFailures;

/** orgaudit: audits every account of an AWS Organization and writes an Excel workbook. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrgauditApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(OrgauditApplication.class, args);
        } catch (RuntimeException e) {
            // A configuration problem gets one clear line naming the setting or file to fix; anything else is
            // unexpected and keeps its stack trace for the bug report.
            System.err.println("orgaudit: " + StartupFailures.explain(e));
            if (StartupFailures.exitCode(e) == ScanResult.JOB_FAILED) {
                e.printStackTrace();
            }
            System.exit(StartupFailures.exitCode(e));
            return;
        }
        System.exit(SpringApplication.exit(context));
    }
}
