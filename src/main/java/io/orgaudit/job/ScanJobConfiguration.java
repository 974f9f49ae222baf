package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.ScanSettings;

/**
 * The organization scan: discoverAccounts -> collectEvidence (one partition per account, each a chunk-oriented
 * step over the account's regions) -> evaluateRules -> writeReport.
 */
@Configuration(proxyBeanMethods = false)
class ScanJobConfiguration {

    static final String JOB_NAME = "organizationScan";
    static final String RERUN_JOB_NAME = "rerunFailedAccounts";
    private static final String RUN_ID = "#{T(io.orgaudit.job.RunIds).of(stepExecution)}";

    @Bean
    Job organizationScan(JobRepository jobRepository, Step discoverAccounts, Step collectEvidence,
                         Step evaluateRules, Step writeReport) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(discoverAccounts).next(collectEvidence).next(evaluateRules).next(writeReport)
                .build();
    }

    /** Rescans chosen accounts of an earlier run, then judges and reports that run again. */
    @Bean
    Job rerunFailedAccounts(JobRepository jobRepository, Step selectRerunAccounts, Step collectEvidence,
                            Step evaluateRules, Step writeReport) {
        return new JobBuilder(RERUN_JOB_NAME, jobRepository)
                .start(selectRerunAccounts).next(collectEvidence).next(evaluateRules).next(writeReport)
                .build();
    }

    @Bean
    Step selectRerunAccounts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ScanStore store, AwsAccess access) {
        return new StepBuilder("selectRerunAccounts", jobRepository)
                .tasklet(new SelectRerunAccountsTasklet(store, access), transactionManager)
                .build();
    }

    @Bean
    Step discoverAccounts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ScanSettings settings, AwsAccess access, OrganizationDirectory directory, ScanStore store) {
        return new StepBuilder("discoverAccounts", jobRepository)
                .tasklet(new DiscoverAccountsTasklet(settings, access, directory, store), transactionManager)
                .build();
    }

    @Bean
    Step collectEvidence(JobRepository jobRepository, Step collectAccount, AccountPartitioner accountPartitioner,
                         ThreadPoolTaskExecutor scanExecutor, ScanSettings settings, ScanStore store,
                         ScanProgress progress) {
        return new StepBuilder("collectEvidence", jobRepository)
                .partitioner("collectAccount", accountPartitioner)
                .step(collectAccount)
                .taskExecutor(scanExecutor)
                .gridSize(settings.concurrency())
                .listener(new ProgressStartListener(store, progress))
                .build();
    }

    @Bean
    @StepScope
    AccountPartitioner accountPartitioner(ScanStore store, @Value(RUN_ID) long runId) {
        return new AccountPartitioner(store, runId);
    }

    /** Accounts in flight at once; each account's calls run one after another, within its own AWS quotas. */
    @Bean
    ThreadPoolTaskExecutor scanExecutor(ScanSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        // At least one thread even when the setting is invalid: the start-up check reports it with a clear message.
        executor.setCorePoolSize(Math.max(1, settings.concurrency()));
        executor.setMaxPoolSize(Math.max(1, settings.concurrency()));
        executor.setThreadNamePrefix("scan-");
        return executor;
    }

    @Bean
    Step collectAccount(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        AccountRegionReader accountRegionReader, CollectEvidenceProcessor collectEvidenceProcessor,
                        ItemWriter<TargetEvidence> evidenceWriter, ScanStore store, AwsAccess access,
                        ScanProgress progress) {
        return new StepBuilder("collectAccount", jobRepository)
                .<AccountRegion, TargetEvidence>chunk(4)
                .transactionManager(transactionManager)
                .reader(accountRegionReader)
                .processor(collectEvidenceProcessor)
                .writer(evidenceWriter)
                .listener(new AccountPartitionListener(store, access, progress))
                .build();
    }

    @Bean
    @StepScope
    AccountRegionReader accountRegionReader(@Value(RUN_ID) long runId,
                                            @Value("#{stepExecutionContext['accountId']}") String accountId,
                                            AwsAccess access, RegionResolver regions, ScanStore store) {
        return new AccountRegionReader(runId, accountId, access, regions, store);
    }

    @Bean
    @StepScope
    CollectEvidenceProcessor collectEvidenceProcessor(@Value(RUN_ID) long runId, AwsAccess access,
                                                      EvidenceCollector collector) {
        return new CollectEvidenceProcessor(runId, access, collector);
    }

    @Bean
    @StepScope
    ItemWriter<TargetEvidence> evidenceWriter(@Value(RUN_ID) long runId, ScanStore store) {
        return chunk -> store.saveEvidence(runId, chunk.getItems());
    }

    @Bean
    Step evaluateRules(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       ListItemReader<String> scannedAccounts, EvaluateAccountProcessor evaluateAccountProcessor,
                       ItemWriter<List<Verdict>> verdictWriter) {
        return new StepBuilder("evaluateRules", jobRepository)
                .<String, List<Verdict>>chunk(50)
                .transactionManager(transactionManager)
                .reader(scannedAccounts)
                .processor(evaluateAccountProcessor)
                .writer(verdictWriter)
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<List<Verdict>> verdictWriter(@Value(RUN_ID) long runId, ScanStore store) {
        return chunk -> store.saveVerdicts(runId, chunk.getItems().stream().flatMap(List::stream).toList());
    }

    @Bean
    @StepScope
    ListItemReader<String> scannedAccounts(ScanStore store, @Value(RUN_ID) long runId) {
        return new ListItemReader<>(store.accountIds(runId, ScanStore.SCANNED));
    }

    @Bean
    @StepScope
    EvaluateAccountProcessor evaluateAccountProcessor(@Value(RUN_ID) long runId, ScanStore store, RuleEngine engine,
                                                      SelectedRules selectedRules, ScanSettings settings) {
        return new EvaluateAccountProcessor(runId, store, engine, selectedRules.rules(), settings.profile());
    }

    @Bean
    Step writeReport(JobRepository jobRepository, PlatformTransactionManager transactionManager, ScanStore store,
                     WorkbookWriter workbookWriter, SelectedRules selectedRules, ScanSettings settings,
                     ReportDelivery reportDelivery) {
        return new StepBuilder("writeReport", jobRepository)
                .tasklet(new WriteReportTasklet(store, workbookWriter, selectedRules.rules(), settings, reportDelivery),
                        transactionManager)
                .build();
    }
}
