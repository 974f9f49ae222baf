package io.orgaudit.job;

import java.util.List;

/**
 * How a job execution of a run ended, in the launcher's terms rather than Spring Batch's.
 *
 * @param status   the Batch status's name (COMPLETED, FAILED, ...)
 * @param workbook the workbook the execution wrote; null when it wrote none, or was killed before saying so
 * @param failures why it did not complete; empty when it completed
 * @param notes    what the launcher says of the execution before its summary (a resumption)
 */
public record JobOutcome(long runId, String status, String workbook, List<Throwable> failures, List<String> notes) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
