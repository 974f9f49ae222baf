package io.orgaudit.settings;

/** The command that rescans a run's ERROR accounts, printed at the end of a run and on the workbook's Errors sheet. */
public final class RerunCommand {

    private RerunCommand() {
    }

    public static String forRun(long runId) {
        return "java -jar orgaudit.jar --orgaudit.command=rerun-failed --orgaudit.rerun.run-id=" + runId
                + " (plus the same configuration as the run)";
    }
}
