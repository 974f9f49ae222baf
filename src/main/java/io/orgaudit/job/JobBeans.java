package io.orgaudit.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.settings.ScanSettings;

/** The collaborators of the report step, and the starter of the jobs that the launcher uses. */
@Configuration(proxyBeanMethods = false)
class JobBeans {

    @Bean
    ReportDelivery reportDelivery(ScanSettings settings, AwsAccess access) {
        return new ReportDelivery(settings, access);
    }

    @Bean
    WorkbookWriter workbookWriter() {
        return new WorkbookWriter();
    }

    @Bean
    ScanJobs scanJobs(JobOperator jobOperator, JobRepository jobRepository,
                      @Qualifier("organizationScan") Job organizationScan,
                      @Qualifier("rerunFailedAccounts") Job rerunFailedAccounts) {
        return new ScanJobs(jobOperator, jobRepository, organizationScan, rerunFailedAccounts);
    }
}
