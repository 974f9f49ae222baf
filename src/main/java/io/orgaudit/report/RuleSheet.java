package io.orgaudit.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The text of each rule as the seed states it, so the workbook explains itself to an auditor. */
final class RuleSheet {

    static final String NAME = "Rule";

    private RuleSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, List<RuleInfo> rules) {
        SheetWriter writer = new SheetWriter(sheet, styles, 2);
        for (RuleInfo rule : rules) {
            Row title = writer.row();
            writer.text(title, 0, rule.id(), styles.title());
            writer.text(title, 1, rule.name(), styles.title());
            field(writer, "Description", rule.description());
            field(writer, "Risk level", rule.riskLevel());
            field(writer, "Cloud entity", rule.cloudEntity());
            field(writer, "Category", rule.category());
            field(writer, "GSL logic", rule.gslLogic());
            field(writer, "Required pattern", rule.referencePattern());
            for (String form : rule.otherForms()) {
                field(writer, "Other published form", form);
            }
            field(writer, "Remediation", rule.remediation());
            writer.skipRow();
            writer.headerRow(List.of("Framework", "Control id"));
            for (FrameworkColumn framework : rule.frameworks()) {
                Row row = writer.row();
                writer.text(row, 0, framework.name());
                writer.text(row, 1, framework.controlId());
            }
            writer.skipRow();
        }
        writer.fixWidth(0, 45);
        writer.fixWidth(1, 120);
        PrintLayout.onePageWide(sheet);
    }

    private static void field(SheetWriter writer, String label, String value) {
        Row row = writer.row();
        writer.text(row, 0, label, writer.styles().bold());
        writer.text(row, 1, value, writer.styles().wrapped());
    }
}
