package io.orgaudit.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.HubCheck;
import io.orgaudit.access.KnownRegions;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.demo.CallSummary;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.settings.ScanSettings;

/** The collaborators the scan's steps are built from. */
@Configuration(proxyBeanMethods = false)
class JobBeans {

    @Bean
    static ConnectionPoolSizing connectionPoolSizing(org.springframework.core.env.Environment environment) {
        return new ConnectionPoolSizing(org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("orgaudit.concurrency", Integer.class).orElse(16));
    }

    @Bean
    ScanStore scanStore(JdbcTemplate jdbc) {
        return new ScanStore(jdbc);
    }

    @Bean
    OrganizationDirectory organizationDirectory(AwsAccess access) {
        return new OrganizationDirectory(access);
    }

    @Bean
    RegionResolver regionResolver(ScanSettings settings) {
        return new RegionResolver(settings.regions());
    }

    @Bean
    EvidenceCollector evidenceCollector(AwsAccess access, RuleCatalog catalog, SelectedRules rules) {
        return new EvidenceCollector(access, catalog.filterOfInterest(rules.rules()));
    }

    @Bean
    ReportDelivery reportDelivery(ScanSettings settings, AwsAccess access) {
        return new ReportDelivery(settings, access);
    }

    @Bean
    WorkbookWriter workbookWriter() {
        return new WorkbookWriter();
    }

    @Bean
    ScanLauncher scanLauncher(JobOperator jobOperator, JobRepository jobRepository,
                              @Qualifier("organizationScan") Job organizationScan,
                              @Qualifier("rerunFailedAccounts") Job rerunFailedAccounts, ScanStore store,
                              RunLock runLock, ScanSettings settings, KnownRegions regions, AwsAccess access) {
        return new ScanLauncher(jobOperator, jobRepository, organizationScan, rerunFailedAccounts, store, runLock,
                settings, regions, new HubCheck(access));
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

    @Bean
    ScanProgress scanProgress(@Value("${orgaudit.progress-interval:5s}") java.time.Duration interval) {
        return new ScanProgress(interval);
    }
}
