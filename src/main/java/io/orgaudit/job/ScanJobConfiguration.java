package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.ScanSettings;

/**
 * The organization scan: discoverAccounts and collectEvidence side by side (accounts are scanned as the listing's
 * pages arrive, {@code orgaudit.concurrency} at once, and judged as soon as they are scanned) -> evaluateRules (any
 * scanned account still without a verdict, from its stored evidence) -> everyAccountJudged (the run fails, naming
 * them, if a selected account still has no verdict) -> writeReport.
 */
@Configuration(proxyBeanMethods = false)
class ScanJobConfiguration {

    static final String JOB_NAME = "organizationScan";
    static final String RERUN_JOB_NAME = "rerunFailedAccounts";
    private static final String RUN_ID = "#{T(io.orgaudit.job.RunIds).of(stepExecution)}";

    @Bean
    Job organizationScan(JobRepository jobRepository, Step discoverAccounts, Step collectEvidence,
                         Step evaluateRules, Step everyAccountJudged, Step writeReport) {
        Flow listing = new FlowBuilder<SimpleFlow>("listing").start(discoverAccounts).build();
        Flow collecting = new FlowBuilder<SimpleFlow>("collecting").start(collectEvidence).build();
        // Two threads for the two flows; the accounts themselves are scanned on scanExecutor.
        Flow listAndCollect = new FlowBuilder<SimpleFlow>("listAndCollect")
                .split(new SimpleAsyncTaskExecutor("scan-flow-")).add(listing, collecting).build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(listAndCollect).next(evaluateRules).next(everyAccountJudged).next(writeReport)
                .build().build();
    }

    /** Rescans chosen accounts of an earlier run, then judges and reports that run again. */
    @Bean
    Job rerunFailedAccounts(JobRepository jobRepository, Step selectRerunAccounts, Step collectEvidence,
                            Step evaluateRules, Step everyAccountJudged, Step writeReport) {
        return new JobBuilder(RERUN_JOB_NAME, jobRepository)
                .start(selectRerunAccounts).next(collectEvidence).next(evaluateRules).next(everyAccountJudged)
                .next(writeReport)
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
                          ScanSettings settings, AwsAccess access, OrganizationDirectory directory, ScanStore store,
                          AccountFeeds feeds) {
        return new StepBuilder("discoverAccounts", jobRepository)
                .tasklet(new DiscoverAccountsTasklet(settings, access, directory, store, feeds), transactionManager)
                .build();
    }

    @Bean
    Step collectEvidence(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ScanStore store, AccountFeeds feeds, AwsAccess access, RegionResolver regions,
                         EvidenceCollector collector, AccountJudge judge, ThreadPoolTaskExecutor scanExecutor,
                         ScanSettings settings, ScanProgress progress, WorkbookWriter workbookWriter,
                         SelectedRules selectedRules) {
        AccountScanner scanner = new AccountScanner(access, regions, collector, judge, store, settings.aws().region());
        return new StepBuilder("collectEvidence", jobRepository)
                .tasklet(new CollectEvidenceTasklet(store, feeds, scanner, scanExecutor, settings.concurrency(),
                        progress, new ReportWarmUp(workbookWriter, selectedRules.rules())), transactionManager)
                .build();
    }

    @Bean
    AccountJudge accountJudge(RuleEngine engine, SelectedRules selectedRules, ScanSettings settings) {
        return new AccountJudge(engine, selectedRules.rules(), settings.profile());
    }

    @Bean
    AccountFeeds accountFeeds() {
        return new AccountFeeds();
    }

    /** Accounts in flight at once; each account's calls run one after another, within its own AWS quotas. */
    @Bean
    ThreadPoolTaskExecutor scanExecutor(ScanSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.concurrency()); // 1 to 1024: checked at start-up, before any bean
        executor.setMaxPoolSize(settings.concurrency());
        executor.setThreadNamePrefix("scan-");
        return executor;
    }

    @Bean
    Step evaluateRules(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       ListItemReader<String> scannedAccounts, EvaluateAccountProcessor evaluateAccountProcessor,
                       VerdictWriter verdictWriter) {
        return new StepBuilder("evaluateRules", jobRepository)
                .<String, List<Verdict>>chunk(50)
                .transactionManager(transactionManager)
                .reader(scannedAccounts)
                .processor(evaluateAccountProcessor)
                .writer(verdictWriter)
                .build();
    }

    /** Nothing reaches the report unless every selected account has a verdict for every rule. */
    @Bean
    Step everyAccountJudged(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ScanStore store, AccountJudge judge) {
        return new StepBuilder("everyAccountJudged", jobRepository)
                .tasklet(new EveryAccountJudgedTasklet(store, judge), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    VerdictWriter verdictWriter(@Value(RUN_ID) long runId, ScanStore store) {
        return new VerdictWriter(runId, store);
    }

    @Bean
    @StepScope
    ListItemReader<String> scannedAccounts(ScanStore store, AccountJudge judge, @Value(RUN_ID) long runId) {
        return new ListItemReader<>(store.unjudgedAccounts(runId, judge.ruleIds()));
    }

    @Bean
    @StepScope
    EvaluateAccountProcessor evaluateAccountProcessor(@Value(RUN_ID) long runId, ScanStore store, AccountJudge judge) {
        return new EvaluateAccountProcessor(runId, store, judge);
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
