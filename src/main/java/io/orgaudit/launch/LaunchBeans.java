package io.orgaudit.launch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.HubCheck;
import io.orgaudit.access.KnownRegions;
import io.orgaudit.job.ScanJobs;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.demo.CallSummary;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.VerdictStore;

/** The command line's side: the launcher, the lock it holds while a run writes, and the start-up command. */
@Configuration(proxyBeanMethods = false)
class LaunchBeans {

    @Bean
    ScanLauncher scanLauncher(ScanJobs jobs, RunStore runs, AccountStore accounts, VerdictStore verdicts,
                              RunLock runLock, ScanSettings settings, KnownRegions regions, AwsAccess access) {
        return new ScanLauncher(jobs, runs, accounts, verdicts, runLock, settings, regions, new HubCheck(access));
    }

    @Bean
    RunLock runLock(JdbcTemplate jdbc) {
        return new RunLock(jdbc);
    }

    /** Off in tests, which call the launcher themselves. */
    @Bean
    @ConditionalOnProperty(name = "orgaudit.run-on-startup", havingValue = "true", matchIfMissing = true)
    ScanCommand scanCommand(ScanLauncher launcher, ObjectProvider<CallSummary> callSummary) {
        return new ScanCommand(launcher, callSummary);
    }
}
