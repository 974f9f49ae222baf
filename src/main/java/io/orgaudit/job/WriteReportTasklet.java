package io.orgaudit.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.report.AccountOwners;
import io.orgaudit.report.WorkbookAssembler;
import io.orgaudit.delivery.ReportDelivery;
import io.orgaudit.report.ExceptionsApplied;
import io.orgaudit.report.ExportedFindings;
import io.orgaudit.report.FindingsExport;
import io.orgaudit.report.RunChanges;
import io.orgaudit.report.TrendBuilder;
import io.orgaudit.report.WorkbookContent;
import io.orgaudit.report.WorkbookWriter;
import io.orgaudit.exceptions.RunExceptions;
import io.orgaudit.framework.FrameworkDefinition;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.settings.RerunCommand;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.ExceptionStore;
import io.orgaudit.store.OwnerTagStore;
import io.orgaudit.store.RunRecord;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.TrendStore;
import io.orgaudit.store.VerdictStore;

/** Step 4: the workbook, built from the run's tables (so it can be rebuilt later without scanning again). */
final class WriteReportTasklet implements Tasklet {

    static final String WORKBOOK = "workbook";

    private final RunStore runs;
    private final AccountStore accounts;
    private final VerdictStore verdicts;
    private final WorkbookWriter writer;
    private final List<RuleDefinition> rules;
    private final List<FrameworkDefinition> frameworks;
    private final ScanSettings settings;
    private final ReportDelivery delivery;
    private final ExceptionStore exceptions;
    private final OwnerTagStore ownerTags;
    private final TrendStore trend;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WriteReportTasklet.class);

    WriteReportTasklet(RunStore runs, AccountStore accounts, VerdictStore verdicts, WorkbookWriter writer,
                       List<RuleDefinition> rules, List<FrameworkDefinition> frameworks, ScanSettings settings,
                       ReportDelivery delivery, ExceptionStore exceptions, OwnerTagStore ownerTags,
                       TrendStore trend) {
        this.trend = trend;
        this.exceptions = exceptions;
        this.ownerTags = ownerTags;
        this.frameworks = frameworks;
        this.delivery = delivery;
        this.runs = runs;
        this.accounts = accounts;
        this.verdicts = verdicts;
        this.writer = writer;
        this.rules = rules;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        Instant finishedAt = Instant.now();
        RunRecord run = runs.run(runId);
        log.info("Writing the workbook of run {}", runId);
        WorkbookContent content = WorkbookAssembler.assemble(run, finishedAt, rules, frameworks, accounts.accounts(runId),
                verdicts.verdicts(runId), RerunCommand.forRun(runId));
        content = withChangesSincePreviousRun(content, run);
        RunExceptions runExceptions = exceptions.of(runId);
        content = ExceptionsApplied.apply(content, runExceptions, runs.previousRunId(run.runId(),
                run.organizationId()).map(previous -> runs.run(previous).startedAt()).orElse(null),
                settings.exceptions().expiringWithin());
        content.unmatchedExceptions().forEach(id -> log.warn("Exception {} of {} matches no account and rule of run "
                + "{}: check its account ids, OU paths and rules", id, runExceptions.source(), runId));
        if (settings.owners().enabled()) {
            // Read by the listing, once per run; a rerun of failed accounts shows the tags its run read.
            content = content.withOwners(new AccountOwners(settings.owners().tagKeys(), ownerTags.tags(runId)));
        }
        content = withTrend(content, run);
        Path workbook = writer.write(content, settings.output().directory());
        // Same rows for a SIEM or a notebook, beside the workbook.
        ExportedFindings exported = new FindingsExport().write(content, workbook);
        // A failed upload fails this step before the run is marked finished: a resumed run only redoes this step.
        for (String uri : delivery.deliver(List.of(workbook, exported.csv(), exported.jsonLines()))) {
            log.info("Delivered {}", uri);
        }
        runs.finishRun(runId, finishedAt, workbook.toString());
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(WORKBOOK, workbook.toString());
        return RepeatStatus.FINISHED;
    }

    /** The organization's recent finished runs and this one, read run by run, for the Trend sheet. */
    private WorkbookContent withTrend(WorkbookContent content, RunRecord run) {
        long started = System.nanoTime();
        List<TrendStore.TrendRun> trendRuns = trend.runsUpTo(run.runId(), run.organizationId(), settings.trend().runs());
        TrendBuilder builder = TrendBuilder.of(trendRuns, content);
        trend.verdicts(trendRuns.stream().map(TrendStore.TrendRun::runId).toList(), builder::accept);
        WorkbookContent withTrend = content.withTrend(builder.build());
        log.info("Trend of run {} over {} runs read in {} ms", run.runId(), trendRuns.size(),
                (System.nanoTime() - started) / 1_000_000);
        return withTrend;
    }

    /** What changed since the organization's previous finished run, so the Summary can show it. */
    private WorkbookContent withChangesSincePreviousRun(WorkbookContent content, RunRecord run) {
        return runs.previousRunId(run.runId(), run.organizationId())
                .map(previous -> content.withChanges(RunChanges.between(previous, WorkbookAssembler.accountRows(
                        accounts.accounts(previous), verdicts.verdicts(previous)), content.accounts())))
                .orElse(content);
    }
}
