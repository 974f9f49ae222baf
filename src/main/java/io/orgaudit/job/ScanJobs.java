package io.orgaudit.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the scan's Spring Batch jobs: a new organization scan or the resumption of one that was killed or failed,
 * and a rerun of chosen accounts of a run. The caller holds the run lock, so an execution still marked running was
 * killed.
 */
public class ScanJobs {

    private static final Logger log = LoggerFactory.getLogger(ScanJobs.class);

    /** A run that stopped longer ago than this is not resumed: its evidence would be stale. */
    static final Duration RESUME_WINDOW = Duration.ofHours(20);
    private static final Set<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.STOPPED, BatchStatus.FAILED, BatchStatus.UNKNOWN);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job organizationScan;
    private final Job rerunFailedAccounts;

    ScanJobs(JobOperator jobOperator, JobRepository jobRepository, Job organizationScan, Job rerunFailedAccounts) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.organizationScan = organizationScan;
        this.rerunFailedAccounts = rerunFailedAccounts;
    }

    /** A new run, or the resumption of the latest one if it was killed or failed. */
    public JobOutcome scan(String profile) throws Exception {
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
                .addString("profile", profile, false)
                .toJobParameters();
        return outcome(jobOperator.start(organizationScan, parameters), List.of());
    }

    /** The rerun of this run that was killed or failed, resumed; empty when there is none. */
    public Optional<JobOutcome> resumeRerun(long runId) throws Exception {
        JobExecution unfinished = lastExecution(ScanJobConfiguration.RERUN_JOB_NAME);
        if (unfinished != null && UNFINISHED.contains(unfinished.getStatus())
                && unfinished.getJobParameters().getLong(RunIds.RUN_ID, -1L) == runId) {
            return Optional.of(resume(unfinished));
        }
        return Optional.empty();
    }

    /** Rescans these accounts of the run, then judges and reports the run again. */
    public JobOutcome startRerun(long runId, List<String> accountIds) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addLong(RunIds.RUN_ID, runId)
                .addString("startedAt", Instant.now().toString())
                .addString(SelectRerunAccountsTasklet.ACCOUNTS, String.join(",", accountIds), false)
                .toJobParameters();
        return outcome(jobOperator.start(rerunFailedAccounts, parameters), List.of());
    }

    /** The previous run died or failed: continue it. Accounts already scanned are not scanned again. */
    private JobOutcome resume(JobExecution last) throws Exception {
        if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
            // No process runs it (the caller holds the lock), so it was killed: mark it failed so it can restart.
            last = jobOperator.recover(last);
        }
        String note = "Resuming run " + last.getJobInstanceId() + ", which stopped with status " + last.getStatus()
                + " (started " + last.getStartTime() + "); accounts already scanned are kept";
        log.info(note);
        return outcome(jobOperator.restart(last), List.of(note));
    }

    private void abandon(JobExecution last) throws Exception {
        if (last.getStatus().isRunning()) {
            last = jobOperator.recover(last);
        }
        jobOperator.abandon(last);
        log.info("Run {} stopped more than {} hours ago; starting a new run instead of resuming it",
                last.getJobInstanceId(), RESUME_WINDOW.toHours());
    }

    private JobExecution lastExecution(String jobName) {
        JobInstance instance = jobRepository.getLastJobInstance(jobName);
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }

    private static JobOutcome outcome(JobExecution execution, List<String> notes) {
        long runId = execution.getJobParameters().getLong(RunIds.RUN_ID, execution.getJobInstanceId());
        String workbook = execution.getExecutionContext().containsKey(WriteReportTasklet.WORKBOOK)
                ? execution.getExecutionContext().getString(WriteReportTasklet.WORKBOOK) : null;
        List<Throwable> failures = execution.getStatus() == BatchStatus.COMPLETED ? List.of()
                : execution.getAllFailureExceptions();
        return new JobOutcome(runId, execution.getStatus().name(), workbook, failures, notes);
    }
}
