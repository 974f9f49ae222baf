package io.orgaudit.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** The few cell styles of the workbook, created once (a workbook holds at most 64,000 styles). */
final class ReportStyles {

    private final Workbook workbook;
    private final Font body;
    private final CellStyle header;
    private final CellStyle headerRight;
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle wrapped;
    private final CellStyle top;
    private final CellStyle percent;
    private final CellStyle quoted;
    private final Map<CellStyle, CellStyle> quotedVariants = new HashMap<>();
    private final Map<ShareBand, CellStyle> shareStyles = new EnumMap<>(ShareBand.class);

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        // POI's default font belongs to the theme's "minor" scheme and its styles do not apply it, but the file has
        // no theme: LibreOffice then shows its own default font, wider than Calibri, and texts overrun the widths set
        // here. So the font is named, and every style, the default one too, applies a font.
        this.body = workbook.getFontAt(0);
        if (body instanceof XSSFFont xssf) {
            xssf.setScheme(FontScheme.NONE);
        }
        workbook.getCellStyleAt(0).setFont(body);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        header = newStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        headerRight = newStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);

        title = newStyle();
        title.setFont(titleFont);
        bold = newStyle();
        bold.setFont(boldFont);
        wrapped = newStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        top = newStyle();
        top.setVerticalAlignment(VerticalAlignment.TOP);
        percent = newStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        quoted = newStyle();
        quoted.setQuotePrefixed(true);
    }

    /** The fill and font of a Matrix framework cell in this band; one style per band for the whole workbook. */
    CellStyle share(ShareBand band) {
        return shareStyles.computeIfAbsent(band, b -> {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setFontName(body.getFontName());
            font.setFontHeightInPoints(body.getFontHeightInPoints());
            font.setColor(rgb(b.font));
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(rgb(b.fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private static XSSFColor rgb(String hex) {
        return new XSSFColor(HexFormat.of().parseHex("FF" + hex), null);
    }

    /** A style that applies the body font; set another font on it as needed. */
    private CellStyle newStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setFont(body);
        return style;
    }

    CellStyle header() {
        return header;
    }

    /** The header over a column of numbers, right-aligned as the numbers are. */
    CellStyle headerRight() {
        return headerRight;
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

    /** For the other cells of a row made tall by wrapped text, so the row reads along its first line. */
    CellStyle top() {
        return top;
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
            CellStyle variant = newStyle();
            variant.cloneStyleFrom(style);
            variant.setQuotePrefixed(true);
            return variant;
        });
    }
}
