package io.orgaudit.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orgaudit.access.HubCheck;
import io.orgaudit.access.KnownRegions;
import io.orgaudit.job.JobOutcome;
import io.orgaudit.job.ScanJobs;
import io.orgaudit.rule.Verdict;
import io.orgaudit.settings.InvalidSettingsException;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.ScanSettingsValidator;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.ScanStore;
import io.orgaudit.store.VerdictStore;

/**
 * Runs the command the settings ask for: a scan (a new run, or the resumption of a run that was killed or
 * failed), or a rerun of a run's failed accounts. One at a time per database ({@link RunLock}).
 */
public class ScanLauncher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScanLauncher.class);

    private final ScanJobs jobs;
    private final RunStore runs;
    private final AccountStore accounts;
    private final VerdictStore verdicts;
    private final RunLock lock;
    private final ScanSettings settings;
    private final KnownRegions regions;
    private final HubCheck hubCheck;

    ScanLauncher(ScanJobs jobs, RunStore runs, AccountStore accounts, VerdictStore verdicts, RunLock lock,
                 ScanSettings settings, KnownRegions regions, HubCheck hubCheck) {
        this.jobs = jobs;
        this.runs = runs;
        this.accounts = accounts;
        this.verdicts = verdicts;
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
            return resultOf(jobs.scan(settings.profile()), List.of());
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

    private ScanResult rerunHoldingLock(ScanSettings.Rerun rerun) throws Exception {
        RerunTargets.Choice choice = RerunTargets.choose(runs, accounts, rerun);
        Optional<JobOutcome> resumed = jobs.resumeRerun(choice.runId());
        if (resumed.isPresent()) {
            return resultOf(resumed.get(), List.of());
        }
        if (choice.accountIds().isEmpty()) {
            String note = "Run " + choice.runId() + " has no ERROR accounts; nothing to rerun";
            log.info(note);
            return resultOfRun(choice.runId(), "COMPLETED", runs.run(choice.runId()).workbook(), List.of(note),
                    ScanResult.JOB_FAILED);
        }
        Map<String, Verdict> before = verdictsOf(choice.runId(), choice.accountIds());
        log.info("Rerunning {} accounts of run {}", choice.accountIds().size(), choice.runId());
        JobOutcome outcome = jobs.startRerun(choice.runId(), choice.accountIds());
        Map<String, Verdict> after = verdictsOf(choice.runId(), choice.accountIds());
        return resultOf(outcome, RunSummary.changes(choice.accountIds(), before, after));
    }

    private Map<String, Verdict> verdictsOf(long runId, List<String> accountIds) {
        Set<String> wanted = Set.copyOf(accountIds);
        return verdicts.verdicts(runId).stream().filter(v -> wanted.contains(v.accountId()))
                .collect(Collectors.toMap(v -> v.accountId() + " " + v.ruleId(), Function.identity()));
    }

    /** @param notes said after the outcome's own notes, before its failures */
    private ScanResult resultOf(JobOutcome outcome, List<String> notes) {
        String workbook = outcome.workbook();
        if (workbook == null && outcome.completed()) {
            // Killed after the report step finished but before Batch saved the job's context: the run has it.
            workbook = runs.run(outcome.runId()).workbook();
        }
        List<String> allNotes = new ArrayList<>(outcome.notes());
        allNotes.addAll(notes);
        outcome.failures().stream().map(StartupFailures::explain).distinct()
                .forEach(message -> allNotes.add("Failure: " + message));
        int failedExitCode = failedExitCode(outcome.failures());
        if (failedExitCode == ScanResult.JOB_FAILED && !outcome.failures().isEmpty()) {
            // Spring Batch's own error lines are off (application.yml): a known cause gets its one line above, and
            // only the unforeseen keeps its trace, for the bug report.
            log.error("The run failed unexpectedly; please report this with the trace", outcome.failures().get(0));
        }
        return resultOfRun(outcome.runId(), outcome.status(), workbook, allNotes, failedExitCode);
    }

    /** A run that failed for a known reason (a full disk, AWS gone) says so; only the unforeseen is a bug (1). */
    private static int failedExitCode(List<Throwable> failures) {
        return failures.stream().map(StartupFailures::exitCode).filter(code -> code != ScanResult.JOB_FAILED)
                .findFirst().orElse(ScanResult.JOB_FAILED);
    }

    private ScanResult resultOfRun(long runId, String status, String workbook, List<String> notes,
                                   int failedExitCode) {
        Map<Verdict.Status, Long> counts = new EnumMap<>(Verdict.Status.class);
        List<Verdict> all = verdicts.verdicts(runId);
        all.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        int accountsJudged = (int) all.stream().map(Verdict::accountId).distinct().count();
        int rulesJudged = (int) all.stream().map(Verdict::ruleId).distinct().count();
        int skipped = accounts.accountIds(runId, ScanStore.SKIPPED).size();
        int exitCode = !"COMPLETED".equals(status) || workbook == null ? failedExitCode
                : counts.getOrDefault(Verdict.Status.ERROR, 0L) > 0 ? ScanResult.SOME_ACCOUNTS_ERROR
                : ScanResult.ALL_EVALUATED;
        return new ScanResult(runId, status, workbook == null ? null : Path.of(workbook), counts, accountsJudged,
                rulesJudged, skipped, exitCode,
                notes);
    }
}
