package io.orgaudit.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import io.orgaudit.access.KnownRegions;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.ScanSettingsValidator;

/** Starts a scan run (a new job instance), waits for it, and says how it ended. */
public class ScanLauncher {

    private final JobOperator jobOperator;
    private final Job organizationScan;
    private final ScanStore store;
    private final ScanSettings settings;
    private final KnownRegions regions;

    public ScanLauncher(JobOperator jobOperator, Job organizationScan, ScanStore store, ScanSettings settings,
                        KnownRegions regions) {
        this.jobOperator = jobOperator;
        this.organizationScan = organizationScan;
        this.store = store;
        this.settings = settings;
        this.regions = regions;
    }

    /** Checks the settings first: a typo stops here, before any AWS call. */
    public void checkSettings() {
        List<String> problems = new ScanSettingsValidator(regions.names()).problems(settings);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    public ScanResult run() throws Exception {
        checkSettings();
        JobParameters parameters = new JobParametersBuilder()
                .addString("startedAt", Instant.now().toString()) // a new run each time
                .addString("profile", settings.profile(), false)
                .toJobParameters();
        JobExecution execution = jobOperator.start(organizationScan, parameters);
        return resultOf(execution);
    }

    ScanResult resultOf(JobExecution execution) {
        long runId = execution.getJobInstanceId();
        String workbook = execution.getExecutionContext().containsKey(WriteReportTasklet.WORKBOOK)
                ? execution.getExecutionContext().getString(WriteReportTasklet.WORKBOOK) : null;
        List<Verdict> verdicts = store.verdicts(runId);
        Map<Verdict.Status, Long> counts = WorkbookAssembler.counts(verdicts);
        int skipped = store.accountIds(runId, ScanStore.SKIPPED).size();
        int exitCode = execution.getStatus() != BatchStatus.COMPLETED || workbook == null ? ScanResult.JOB_FAILED
                : counts.getOrDefault(Verdict.Status.ERROR, 0L) > 0 ? ScanResult.SOME_ACCOUNTS_ERROR
                : ScanResult.ALL_EVALUATED;
        return new ScanResult(runId, execution.getStatus().name(), workbook == null ? null : Path.of(workbook),
                counts, skipped, exitCode);
    }

    static String summary(ScanResult result, Duration took) {
        Map<Verdict.Status, Long> v = result.verdicts();
        StringBuilder text = new StringBuilder(String.format("Run %d %s in %.1f s: %d PASS, %d FAIL, %d ERROR",
                result.runId(), result.batchStatus(), took.toMillis() / 1000.0,
                v.getOrDefault(Verdict.Status.PASS, 0L), v.getOrDefault(Verdict.Status.FAIL, 0L),
                v.getOrDefault(Verdict.Status.ERROR, 0L)));
        if (result.skippedAccounts() > 0) {
            text.append(" (").append(result.skippedAccounts()).append(" accounts skipped: not ACTIVE or not selected)");
        }
        text.append(System.lineSeparator()).append(result.workbook() == null
                ? "No workbook was written; see the errors above."
                : "Workbook: " + result.workbook().toAbsolutePath());
        return text.toString();
    }
}
