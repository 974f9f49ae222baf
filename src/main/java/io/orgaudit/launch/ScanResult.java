package io.orgaudit.launch;

import java.nio.file.Path;
import java.util.Map;

import io.orgaudit.rule.Verdict;

/**
 * How a run ended, and the process exit code a CronJob alerts on.
 *
 * @param workbook null when the job failed before writing it
 * @param verdicts  verdicts by status, one per account and rule
 * @param accounts  the accounts with verdicts; {@code rules}: the rules they were judged by
 */
public record ScanResult(long runId, String batchStatus, Path workbook, Map<Verdict.Status, Long> verdicts,
                         int accounts, int rules, int skippedAccounts, int exitCode, java.util.List<String> notes) {

    /** Every selected account was evaluated (PASS or FAIL) and the workbook was written. */
    public static final int ALL_EVALUATED = 0;
    /** Something nobody foresaw failed (a bug): the output ends with its stack trace, for the bug report. */
    public static final int JOB_FAILED = 1;
    /** The configuration is invalid; nothing was scanned. */
    public static final int INVALID_CONFIGURATION = 2;
    /** The workbook was written, but some accounts are ERROR (could not be evaluated); rerun them. */
    public static final int SOME_ACCOUNTS_ERROR = 3;
    /** Another run is using the database; nothing was changed. */
    public static final int RUN_IN_PROGRESS = 4;
    /**
     * The configuration is fine but the environment is not ready (AWS endpoint unreachable or not AWS, no
     * credentials, the hub may not read the organization, a full or read-only disk): nothing collected was lost;
     * fix it and run the same command again (it resumes).
     */
    public static final int ENVIRONMENT_NOT_READY = 5;
}
