package io.orgaudit.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import io.orgaudit.access.HubCheck;
import io.orgaudit.access.KnownRegions;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.ScanSettingsValidator;

/**
 * Runs the command the settings ask for: a scan (a new run, or the resumption of a run that was killed or
 * failed), or a rerun of a run's failed accounts. One at a time per database ({@link RunLock}).
 */
public class ScanLauncher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanLauncher.class);

    /** A run that stopped longer ago than this is not resumed: its evidence would be stale. */
    static final Duration RESUME_WINDOW = Duration.ofHours(20);
    private static final Set<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.STOPPED, BatchStatus.FAILED, BatchStatus.UNKNOWN);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job organizationScan;
    private final Job rerunFailedAccounts;
    private final ScanStore store;
    private final RunLock lock;
    private final ScanSettings settings;
    private final KnownRegions regions;
    private final HubCheck hubCheck;

    public ScanLauncher(JobOperator jobOperator, JobRepository jobRepository, Job organizationScan,
                        Job rerunFailedAccounts, ScanStore store, RunLock lock, ScanSettings settings,
                        KnownRegions regions, HubCheck hubCheck) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.organizationScan = organizationScan;
        this.rerunFailedAccounts = rerunFailedAccounts;
        this.store = store;
        this.lock = lock;
        this.settings = settings;
        this.regions = regions;
        this.hubCheck = hubCheck;
    }

    /**
     * Checks the settings first (StartupChecks did so before the context started; this covers a launcher driven
     * directly), so a typo stops here, before any AWS call.
     */
    public void checkSettings() {
        List<String> problems = new ScanSettingsValidator(regions.names()).problems(settings);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    /** The command of the settings: {@code run} (default) or {@code rerun-failed}. */
    public ScanResult run() throws Exception {
        checkSettings();
        hubCheck.confirm(); // no credentials or no AWS: stop before a run is opened in the database
        return "rerun-failed".equals(settings.command()) ? rerunFailed(settings.rerun()) : scan();
    }

    /** A new run, or the resumption of the latest one if it was killed or failed. */
    public ScanResult scan() throws Exception {
        lock.acquire();
        try {
            return scanHoldingLock();
        } finally {
            lock.release();
        }
    }

    /** Rescans the ERROR (or named) accounts of a run and rewrites that run's workbook. */
    public ScanResult rerunFailed(ScanSettings.Rerun rerun) throws Exception {
        lock.acquire();
        try {
            return rerunHoldingLock(rerun);
        } finally {
            lock.release();
        }
    }

    private ScanResult scanHoldingLock() throws Exception {
        JobExecution last = lastExecution(ScanJobConfiguration.JOB_NAME);
        if (last != null && UNFINISHED.contains(last.getStatus())) {
            if (last.getStartTime() != null
                    && last.getStartTime().isAfter(LocalDateTime.now().minus(RESUME_WINDOW))) {
                return resume(last);
            }
            abandon(last);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString("startedAt", Instant.now().toString()) // a new run each time
                .addString("profile", settings.profile(), false)
                .toJobParameters();
        return resultOf(jobOperator.start(organizationScan, parameters), List.of());
    }

    /** The previous run died or failed: continue it. Accounts already scanned are not scanned again. */
    private ScanResult resume(JobExecution last) throws Exception {
        if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
            // No process runs it (we hold the lock), so it was killed: mark it failed so it can restart.
            last = jobOperator.recover(last);
        }
        String note = "Resuming run " + last.getJobInstanceId() + ", which stopped with status " + last.getStatus()
                + " (started " + last.getStartTime() + "); accounts already scanned are kept";
        log.info(note);
        return resultOf(jobOperator.restart(last), List.of(note));
    }

    private void abandon(JobExecution last) throws Exception {
        if (last.getStatus().isRunning()) {
            last = jobOperator.recover(last);
        }
        jobOperator.abandon(last);
        log.info("Run {} stopped more than {} hours ago; starting a new run instead of resuming it",
                last.getJobInstanceId(), RESUME_WINDOW.toHours());
    }

    private ScanResult rerunHoldingLock(ScanSettings.Rerun rerun) throws Exception {
        RerunTargets.Choice choice = RerunTargets.choose(store, rerun);
        JobExecution unfinished = lastExecution(ScanJobConfiguration.RERUN_JOB_NAME);
        if (unfinished != null && UNFINISHED.contains(unfinished.getStatus())
                && unfinished.getJobParameters().getLong(RunIds.RUN_ID, -1L) == choice.runId()) {
            return resume(unfinished);
        }
        if (choice.accountIds().isEmpty()) {
            String note = "Run " + choice.runId() + " has no ERROR accounts; nothing to rerun";
            log.info(note);
            return resultOfRun(choice.runId(), "COMPLETED", store.run(choice.runId()).workbook(), List.of(note),
                    ScanResult.JOB_FAILED);
        }
        Map<String, Verdict> before = verdictsOf(choice.runId(), choice.accountIds());
        log.info("Rerunning {} accounts of run {}", choice.accountIds().size(), choice.runId());
        JobParameters parameters = new JobParametersBuilder()
                .addLong(RunIds.RUN_ID, choice.runId())
                .addString("startedAt", Instant.now().toString())
                .addString(SelectRerunAccountsTasklet.ACCOUNTS, String.join(",", choice.accountIds()), false)
                .toJobParameters();
        JobExecution execution = jobOperator.start(rerunFailedAccounts, parameters);
        Map<String, Verdict> after = verdictsOf(choice.runId(), choice.accountIds());
        return resultOf(execution, changes(choice.accountIds(), before, after));
    }

    private Map<String, Verdict> verdictsOf(long runId, List<String> accountIds) {
        Set<String> wanted = Set.copyOf(accountIds);
        return store.verdicts(runId).stream().filter(v -> wanted.contains(v.accountId()))
                .collect(Collectors.toMap(v -> v.accountId() + " " + v.ruleId(), Function.identity()));
    }

    private static List<String> changes(List<String> accountIds, Map<String, Verdict> before,
                                        Map<String, Verdict> after) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Verdict> now : after.entrySet()) {
            Verdict then = before.get(now.getKey());
            String was = then == null ? "not evaluated" : then.status().name();
            lines.add(String.format("  %s: %s -> %s: %s", now.getKey(), was, now.getValue().status(),
                    now.getValue().reason()));
        }
        lines.sort(String::compareTo);
        lines.add(0, "Rerun of " + accountIds.size() + " accounts:");
        return lines;
    }

    private JobExecution lastExecution(String jobName) {
        JobInstance instance = jobRepository.getLastJobInstance(jobName);
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }

    ScanResult resultOf(JobExecution execution, List<String> notes) {
        long runId = execution.getJobParameters().getLong(RunIds.RUN_ID, execution.getJobInstanceId());
        String workbook = execution.getExecutionContext().containsKey(WriteReportTasklet.WORKBOOK)
                ? execution.getExecutionContext().getString(WriteReportTasklet.WORKBOOK) : null;
        if (workbook == null && execution.getStatus() == BatchStatus.COMPLETED) {
            // Killed after the report step finished but before Batch saved the job's context: the run has it.
            workbook = store.run(runId).workbook();
        }
        List<String> allNotes = new ArrayList<>(notes);
        List<Throwable> failures = execution.getStatus() == BatchStatus.COMPLETED ? List.of()
                : execution.getAllFailureExceptions();
        failures.stream().map(StartupFailures::explain).distinct()
                .forEach(message -> allNotes.add("Failure: " + message));
        int failedExitCode = failedExitCode(failures);
        if (failedExitCode == ScanResult.JOB_FAILED && !failures.isEmpty()) {
            // Spring Batch's own error lines are off (application.yml): a known cause gets its one line above, and
            // only the unforeseen keeps its trace, for the bug report.
            log.error("The run failed unexpectedly; please report this with the trace", failures.get(0));
        }
        return resultOfRun(runId, execution.getStatus().name(), workbook, allNotes, failedExitCode);
    }

    /** A run that failed for a known reason (a full disk, AWS gone) says so; only the unforeseen is a bug (1). */
    private static int failedExitCode(List<Throwable> failures) {
        return failures.stream().map(StartupFailures::exitCode).filter(code -> code != ScanResult.JOB_FAILED)
                .findFirst().orElse(ScanResult.JOB_FAILED);
    }

    private ScanResult resultOfRun(long runId, String status, String workbook, List<String> notes,
                                   int failedExitCode) {
        List<Verdict> verdicts = store.verdicts(runId);
        Map<Verdict.Status, Long> counts = WorkbookAssembler.counts(verdicts);
        int skipped = store.accountIds(runId, ScanStore.SKIPPED).size();
        int exitCode = !"COMPLETED".equals(status) || workbook == null ? failedExitCode
                : counts.getOrDefault(Verdict.Status.ERROR, 0L) > 0 ? ScanResult.SOME_ACCOUNTS_ERROR
                : ScanResult.ALL_EVALUATED;
        return new ScanResult(runId, status, workbook == null ? null : Path.of(workbook), counts, skipped, exitCode,
                notes);
    }

    static String summary(ScanResult result, Duration took) {
        Map<Verdict.Status, Long> v = result.verdicts();
        StringBuilder text = new StringBuilder();
        result.notes().forEach(note -> text.append(note).append(System.lineSeparator()));
        text.append(String.format("Run %d %s in %.1f s: %d PASS, %d FAIL, %d ERROR",
                result.runId(), result.batchStatus(), took.toMillis() / 1000.0,
                v.getOrDefault(Verdict.Status.PASS, 0L), v.getOrDefault(Verdict.Status.FAIL, 0L),
                v.getOrDefault(Verdict.Status.ERROR, 0L)));
        if (result.skippedAccounts() > 0) {
            text.append(" (").append(result.skippedAccounts()).append(" accounts skipped: not ACTIVE or not selected)");
        }
        text.append(System.lineSeparator()).append(result.workbook() == null
                ? "No workbook was written; see the errors above."
                : "Workbook: " + result.workbook().toAbsolutePath());
        if (result.exitCode() == ScanResult.SOME_ACCOUNTS_ERROR) {
            text.append(System.lineSeparator()).append("Some accounts could not be evaluated; once fixed, rescan them: ")
                    .append(RerunCommand.forRun(result.runId()));
        }
        return text.toString();
    }
}
