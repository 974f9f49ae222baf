package io.orgaudit.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the workbook, created once (a workbook holds at most 64,000 styles). */
final class ReportStyles {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle wrapped;
    private final CellStyle percent;
    private final CellStyle quoted;
    private final Map<CellStyle, CellStyle> quotedVariants = new HashMap<>();

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle bold() {
        return bold;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle percent() {
        return percent;
    }

    /**
     * The same style with Excel's quote prefix, so that text which looks like a formula stays text even when someone
     * edits the cell and presses Enter.
     */
    CellStyle quoted(CellStyle base) {
        if (base == null) {
            return quoted;
        }
        return quotedVariants.computeIfAbsent(base, style -> {
            CellStyle variant = workbook.createCellStyle();
            variant.cloneStyleFrom(style);
            variant.setQuotePrefixed(true);
            return variant;
        });
    }
}
