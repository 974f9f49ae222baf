package io.orgaudit.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.KnownRegions;
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
    WorkbookWriter workbookWriter() {
        return new WorkbookWriter();
    }

    @Bean
    ScanLauncher scanLauncher(JobOperator jobOperator, Job organizationScan, ScanStore store, ScanSettings settings,
                              KnownRegions regions) {
        return new ScanLauncher(jobOperator, organizationScan, store, settings, regions);
    }

    /** Off in tests, which call the launcher themselves. */
    @Bean
    @ConditionalOnProperty(name = "orgaudit.run-on-startup", havingValue = "true", matchIfMissing = true)
    ScanCommand scanCommand(ScanLauncher launcher) {
        return new ScanCommand(launcher);
    }

    @Bean
    ScanProgress scanProgress() {
        return new ScanProgress(System.out);
    }
}
