package io.orgaudit.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import io.orgaudit.rule.Verdict.Status;

/** For each failing account and rule, the seed's CLI steps with that account's names filled in. */
final class RemediationSheet {

    static final String NAME = "Remediation";
    static final List<String> HEADERS = List.of("Account id", "Account name", "Rule", "Region", "Step", "What", "Command");
    private static final int[] WIDTHS = {15, 30, 15, 14, 6, 65, 120};
    private static final int WHAT = 5;

    private RemediationSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, WorkbookContent content) {
        Map<String, RuleInfo> rules = new HashMap<>();
        content.rules().forEach(rule -> rules.put(rule.id(), rule));
        SheetWriter writer = new SheetWriter(sheet, styles, HEADERS.size());
        writer.headerRow(HEADERS, column -> WIDTHS[column]);
        for (FindingRow finding : content.findings()) {
            RuleInfo rule = rules.get(finding.ruleId());
            if (finding.status() != Status.FAIL || rule == null) {
                continue;
            }
            int number = 1;
            for (RemediationSteps.Step step : RemediationCommands.forFinding(rule, finding, content.run().regions())) {
                Row row = writer.row();
                writer.text(row, 0, finding.accountId(), styles.top());
                writer.text(row, 1, finding.accountName(), styles.top());
                writer.text(row, 2, finding.ruleId(), styles.top());
                writer.text(row, 3, regionOf(step.command()), styles.top());
                writer.number(row, 4, number++, styles.top());
                writer.text(row, WHAT, step.description(), styles.wrapped());
                writer.text(row, 6, step.command(), styles.top());
                // sized here: spreadsheets do not grow a row for wrapped text unless the file says how tall it is
                row.setHeightInPoints(RowHeight.forText(step.description(), WIDTHS[WHAT]));
            }
        }
        int lastRow = Math.max(0, writer.nextRowIndex() - 1);
        sheet.createFreezePane(0, 1);
        PrintLayout.table(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, HEADERS.size() - 1));
        for (int column = 0; column < WIDTHS.length; column++) {
            writer.fixWidth(column, WIDTHS[column]);
        }
    }

    /** The command's region; "" where it is the placeholder for a region the evidence does not give. */
    private static String regionOf(String command) {
        int at = command.indexOf("--region ");
        if (at < 0) {
            return "";
        }
        int end = command.indexOf(' ', at + "--region ".length());
        String region = command.substring(at + "--region ".length(), end < 0 ? command.length() : end);
        return RemediationTarget.isRegionName(region) ? region : "";
    }
}
