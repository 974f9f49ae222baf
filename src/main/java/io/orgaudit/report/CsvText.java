package io.orgaudit.report;

import java.util.List;

/** RFC 4180 fields, with text that a spreadsheet would run as a formula defused by a leading apostrophe. */
final class CsvText {

    static final String LINE_END = "\r\n";

    private CsvText() {
    }

    static String line(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FormulaText.looksLikeFormula(value) ? "'" + value : value;
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
