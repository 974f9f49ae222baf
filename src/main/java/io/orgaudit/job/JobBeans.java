package io.orgaudit.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.HubCheck;
import io.orgaudit.access.KnownRegions;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.rule.RuleCatalog;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.SettingsBinding;
import io.orgaudit.simulator.SimulatedAws;

/** The collaborators the scan's steps are built from. */
@Configuration(proxyBeanMethods = false)
class JobBeans {

    @Bean
    static ConnectionPoolSizing connectionPoolSizing(Environment environment) {
        // Post-processors are built before the ScanSettings bean: the same binding, done here.
        return new ConnectionPoolSizing(SettingsBinding.scanSettings(environment).concurrency());
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
    ScanCommand scanCommand(ScanLauncher launcher, ObjectProvider<SimulatedAws> simulator) {
        return new ScanCommand(launcher, simulator);
    }

    @Bean
    ScanProgress scanProgress(ScanSettings settings) {
        return new ScanProgress(settings.progressInterval());
    }
}
