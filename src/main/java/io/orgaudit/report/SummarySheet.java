package io.orgaudit.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet: what was run, how many accounts comply, compliance per framework with a chart, and what changed
 * since the previous run. Written with the plain XSSF model before streaming starts, because a chart needs its data
 * rows in memory.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final List<String> FRAMEWORK_HEADERS =
            List.of("Framework", "Control id", "Passed", "Excepted", "Failed", "Error", "Compliance (of evaluated)");
    static final List<String> RULE_HEADERS =
            List.of("Rule", "Risk level", "Passed", "Excepted", "Failed", "Error", "Compliance (of evaluated)");
    /** Passed, Excepted, Failed, Error and Compliance are numbers: their headers are right-aligned over them. */
    private static final int FIRST_NUMBER_COLUMN = 2;
    private static final int COMPLIANCE_COLUMN = 6;
    /** Narrow enough that "Compliance (of evaluated)" wraps onto two lines instead of widening the table. */
    private static final int COMPLIANCE_WIDTH = 16;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, ReportStyles styles, WorkbookContent content) {
        SheetWriter writer = new SheetWriter(sheet, styles, FRAMEWORK_HEADERS.size());
        writer.text(writer.row(), 0, "orgaudit compliance report", styles.title());
        writer.skipRow();
        writeRun(writer, content);
        writer.skipRow();
        writeAccountCounts(writer, Compliance.accountsByVerdict(content.accounts()), content.exceptions().any());
        writer.skipRow();

        Row tallyHeader = writer.headerRow(FRAMEWORK_HEADERS);
        writer.alignRight(tallyHeader, FIRST_NUMBER_COLUMN, COMPLIANCE_COLUMN);
        int firstTallyRow = writer.nextRowIndex();
        for (FrameworkColumn framework : content.frameworks()) {
            tallyRow(writer, framework.name(), framework.controlsText(),
                    Compliance.ofFramework(framework, content.accounts()));
        }
        writer.skipRow();
        writeRuleTallies(writer, content);
        writer.skipRow();
        ExceptionsSection.write(writer, content.exceptions());
        writer.skipRow();
        ChangesSection.write(writer, content.changes());
        writer.fitColumns(10, 50);
        writer.fixWidth(COMPLIANCE_COLUMN, COMPLIANCE_WIDTH);
        writer.fitHeight(tallyHeader);
        PrintLayout.onePageWide(sheet);
        if (!content.frameworks().isEmpty()) {
            ComplianceChart.draw(sheet, firstTallyRow, firstTallyRow + content.frameworks().size() - 1, 0,
                    COMPLIANCE_COLUMN, FRAMEWORK_HEADERS.size() + 1);
        }
    }

    /**
     * Per rule: how many accounts pass it, so a framework's score can be traced to the rules behind it. The rule's
     * title is on the Rule sheet: here it would widen the columns the framework table shares.
     */
    private static void writeRuleTallies(SheetWriter writer, WorkbookContent content) {
        writer.alignRight(writer.headerRow(RULE_HEADERS), FIRST_NUMBER_COLUMN, COMPLIANCE_COLUMN);
        for (RuleInfo rule : content.rules()) {
            tallyRow(writer, rule.id(), rule.riskLevel(), Compliance.ofRule(rule.id(), content.accounts()));
        }
    }

    /** A row of the framework or the rule table: two labels, the counts, and the compliance when there is one. */
    private static void tallyRow(SheetWriter writer, String name, String detail, Compliance.Tally tally) {
        Row row = writer.row();
        writer.text(row, 0, name);
        writer.text(row, 1, detail);
        writer.number(row, 2, tally.passed(), null);
        writer.number(row, 3, tally.excepted(), null);
        writer.number(row, 4, tally.failed(), null);
        writer.number(row, 5, tally.error(), null);
        if (tally.compliance() != null) {
            writer.number(row, COMPLIANCE_COLUMN, tally.compliance(), writer.styles().percent());
        }
    }

    private static void writeRun(SheetWriter writer, WorkbookContent content) {
        RunInfo run = content.run();
        pair(writer, "Organization", run.organizationId());
        pair(writer, "Management account", run.managementAccountId());
        pair(writer, "Run id", Long.toString(run.runId()));
        pair(writer, "Started", TIME.format(run.startedAt()));
        pair(writer, "Finished", run.finishedAt() == null ? "" : TIME.format(run.finishedAt()));
        pair(writer, "Duration", readable(run.duration()));
        pair(writer, "Profile", run.profile());
        pair(writer, "Rules", String.join(", ", content.ruleIds()));
        pair(writer, "Regions", String.join(", ", run.regions()));
        pair(writer, "Source", run.source());
    }

    /** With exceptions, an account whose only failures are excepted counts as EXCEPTED. */
    private static void writeAccountCounts(SheetWriter writer, Compliance.AccountCounts counts, boolean exceptions) {
        writer.alignRight(writer.headerRow(List.of("Accounts", "Count")), 1, 1);
        count(writer, "PASS", counts.evaluated().passed());
        if (exceptions) {
            count(writer, "EXCEPTED", counts.evaluated().excepted());
        }
        count(writer, "FAIL", counts.evaluated().failed());
        count(writer, "ERROR", counts.evaluated().error());
        if (counts.notEvaluated() > 0) {
            count(writer, "Skipped (suspended or not selected)", counts.notEvaluated());
        }
        count(writer, "Total", counts.total());
    }

    /** The value runs over the empty cells to its right, leaving the columns to the tables below. */
    private static void pair(SheetWriter writer, String label, String value) {
        Row row = writer.row();
        writer.text(row, 0, label, writer.styles().bold());
        writer.overflowingText(row, 1, value);
    }

    private static void count(SheetWriter writer, String label, int count) {
        Row row = writer.row();
        writer.text(row, 0, label, writer.styles().bold());
        writer.number(row, 1, count, null);
    }

    static String readable(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
