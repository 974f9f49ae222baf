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
import org.springframework.transaction.PlatformTransactionManager;

import io.orgaudit.report.ReportWarmUp;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.exceptions.RunExceptions;
import io.orgaudit.framework.FrameworkCatalog;
import io.orgaudit.rule.SelectedRules;
import io.orgaudit.rule.Verdict;
import io.orgaudit.scan.AccountJudge;
import io.orgaudit.scan.AccountListing;
import io.orgaudit.scan.EvidenceCollection;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.EvidenceStore;
import io.orgaudit.store.ExceptionStore;
import io.orgaudit.store.OwnerTagStore;
import io.orgaudit.store.TrendStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.VerdictStore;

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
                             RunStore runs, AccountStore accounts, AwsAccess access) {
        return new StepBuilder("selectRerunAccounts", jobRepository)
                .tasklet(new SelectRerunAccountsTasklet(runs, accounts, access), transactionManager)
                .build();
    }

    @Bean
    Step discoverAccounts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          AccountListing listing, ExceptionStore exceptionStore, RunExceptions exceptions) {
        return new StepBuilder("discoverAccounts", jobRepository)
                .tasklet(new DiscoverAccountsTasklet(listing, exceptionStore, exceptions), transactionManager)
                .build();
    }

    @Bean
    Step collectEvidence(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         EvidenceCollection collection, WorkbookWriter workbookWriter, SelectedRules selectedRules,
                         FrameworkCatalog frameworks) {
        return new StepBuilder("collectEvidence", jobRepository)
                .tasklet(new CollectEvidenceTasklet(collection, new ReportWarmUp(workbookWriter,
                        selectedRules.rules(), frameworks.all())), transactionManager)
                .build();
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
                            VerdictStore verdicts, AccountJudge judge) {
        return new StepBuilder("everyAccountJudged", jobRepository)
                .tasklet(new EveryAccountJudgedTasklet(verdicts, judge), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    VerdictWriter verdictWriter(@Value(RUN_ID) long runId, VerdictStore verdicts) {
        return new VerdictWriter(runId, verdicts);
    }

    @Bean
    @StepScope
    ListItemReader<String> scannedAccounts(VerdictStore verdicts, AccountJudge judge, @Value(RUN_ID) long runId) {
        return new ListItemReader<>(verdicts.unjudgedAccounts(runId, judge.ruleIds()));
    }

    @Bean
    @StepScope
    EvaluateAccountProcessor evaluateAccountProcessor(@Value(RUN_ID) long runId, EvidenceStore evidence,
                                                      AccountJudge judge) {
        return new EvaluateAccountProcessor(runId, evidence, judge);
    }

    @Bean
    Step writeReport(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunStore runs,
                     AccountStore accounts, VerdictStore verdicts, WorkbookWriter workbookWriter,
                     SelectedRules selectedRules, FrameworkCatalog frameworks, ScanSettings settings,
                     ReportDelivery reportDelivery, ExceptionStore exceptionStore, OwnerTagStore ownerTags,
                     TrendStore trendStore) {
        return new StepBuilder("writeReport", jobRepository)
                .tasklet(new WriteReportTasklet(runs, accounts, verdicts, workbookWriter, selectedRules.rules(),
                        frameworks.all(), settings, reportDelivery, exceptionStore, ownerTags, trendStore),
                        transactionManager)
                .build();
    }
}
