package io.orgaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Right after the Summary: compliance per framework and per rule over the organization's recent finished runs, a
 * line chart of the rules, and the accounts failing a rule in this run with since when. Written with the plain XSSF
 * model before streaming starts, like the Summary, because the chart needs its rows in memory; it stays small (rows:
 * frameworks and rules, columns: runs; the failing-since list is capped).
 */
final class TrendSheet {

    static final String NAME = "Trend";
    static final String NOTE = "Compliance of the real verdicts (exceptions apart), of evaluated accounts: "
            + "PASS / (PASS + FAIL), ERROR left out; empty where nothing was evaluated. The organization's latest "
            + "finished runs, this run last.";
    static final String ONE_RUN = "No earlier finished run to compare with yet.";
    static final String FAILING_SINCE = "Failing since";
    static final List<String> FAILING_HEADERS =
            List.of("Account id", "Account name", "OU path", "Failing since", "Runs failing in a row",
                    "Rules failing, each since");
    /** The sheet is held in memory: a large organization failing everywhere is listed in part. */
    static final int MAX_LISTED = 5_000;
    static final int FIRST_RUN_COLUMN = 2;
    private static final int CHART_HEIGHT_IN_ROWS = 20;

    private TrendSheet() {
    }

    static void write(XSSFSheet sheet, ReportStyles styles, TrendHistory trend) {
        int runs = trend.runs().size();
        SheetWriter writer = new SheetWriter(sheet, styles, Math.max(FAILING_HEADERS.size(), FIRST_RUN_COLUMN + runs));
        writer.text(writer.row(), 0, "Compliance over the last " + runs + (runs == 1 ? " run" : " runs"),
                styles.title());
        writer.overflowingText(writer.row(), 0, NOTE);
        if (runs == 1) {
            writer.overflowingText(writer.row(), 0, ONE_RUN);
        }
        writer.skipRow();
        List<String> headers = new ArrayList<>(List.of("Kind", "Name"));
        trend.runs().forEach(run -> headers.add(run.header()));
        Row header = writer.headerRow(headers);
        writer.alignRight(header, FIRST_RUN_COLUMN, FIRST_RUN_COLUMN + runs - 1);
        tallyRows(writer, "Framework", trend.frameworks());
        int firstRuleRow = writer.nextRowIndex();
        tallyRows(writer, "Rule", trend.rules());
        int lastRuleRow = writer.nextRowIndex() - 1;
        writer.skipRow();
        if (!trend.rules().isEmpty()) {
            TrendChart.draw(sheet, header.getRowNum(), firstRuleRow, lastRuleRow, FIRST_RUN_COLUMN,
                    FIRST_RUN_COLUMN + runs - 1, writer.nextRowIndex(), CHART_HEIGHT_IN_ROWS);
            for (int i = 0; i <= CHART_HEIGHT_IN_ROWS; i++) {
                writer.skipRow();
            }
        }
        writeFailingSince(writer, trend.failingSince());
        writer.fitColumns(10, 50);
        writer.fitHeight(header);
        PrintLayout.onePageWide(sheet);
    }

    private static void tallyRows(SheetWriter writer, String kind, Map<String, List<Compliance.Tally>> tallies) {
        tallies.forEach((name, perRun) -> {
            Row row = writer.row();
            writer.text(row, 0, kind);
            writer.text(row, 1, name);
            for (int run = 0; run < perRun.size(); run++) {
                Double compliance = perRun.get(run).compliance();
                if (compliance != null) {
                    writer.number(row, FIRST_RUN_COLUMN + run, compliance, writer.styles().percent());
                }
            }
        });
    }

    /** Longest-failing first: the oldest first failure at the top. */
    private static void writeFailingSince(SheetWriter writer, List<TrendHistory.FailingSince> rows) {
        writer.text(writer.row(), 0, FAILING_SINCE, writer.styles().bold());
        if (rows.isEmpty()) {
            writer.text(writer.row(), 0, "No account fails in this run.");
            return;
        }
        writer.headerRow(FAILING_HEADERS);
        List<TrendHistory.FailingSince> listed = rows.stream()
                .sorted(Comparator.comparingLong((TrendHistory.FailingSince row) -> row.firstFailed().runId())
                        .thenComparing(TrendHistory.FailingSince::accountId))
                .limit(MAX_LISTED).toList();
        for (TrendHistory.FailingSince failing : listed) {
            Row row = writer.row();
            writer.text(row, 0, failing.accountId());
            writer.text(row, 1, failing.accountName());
            writer.text(row, 2, failing.ouPath());
            writer.text(row, 3, failing.firstFailed().since());
            writer.number(row, 4, failing.runsFailing(), null);
            writer.text(row, 5, failing.rulesText());
        }
        if (rows.size() > listed.size()) {
            writer.overflowingText(writer.row(), 0, "… and " + (rows.size() - listed.size())
                    + " more failing accounts; the Findings sheet lists every failure of this run.");
        }
    }
}
