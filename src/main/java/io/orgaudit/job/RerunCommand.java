package io.orgaudit.job;

/** The command that rescans a run's ERROR accounts, printed at the end of a run and on the workbook's Errors sheet. */
final class RerunCommand {

    private RerunCommand() {
    }

    static String forRun(long runId) {
        return "java -jar orgaudit.jar --orgaudit.command=rerun-failed --orgaudit.rerun.run-id=" + runId
                + " (plus the same configuration as the run)";
    }
}
