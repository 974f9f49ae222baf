package io.orgaudit.report;

import java.util.HexFormat;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

import io.orgaudit.rule.Verdict.Status;

/**
 * Colours verdict cells with conditional formatting rather than per-cell styles: one rule per verdict for the whole
 * range, so the colours follow the text after sorting, filtering or a manual correction. Colours are Excel's own
 * "good", "bad" and "neutral" palettes.
 */
final class VerdictColours {

    private VerdictColours() {
    }

    static void apply(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String topLeft = new CellReference(range.getFirstRow(), range.getFirstColumn(), false, false).formatAsString();
        ConditionalFormattingRule pass = rule(formatting, topLeft, Status.PASS, "C6EFCE", "006100");
        ConditionalFormattingRule fail = rule(formatting, topLeft, Status.FAIL, "FFC7CE", "9C0006");
        ConditionalFormattingRule error = rule(formatting, topLeft, Status.ERROR, "FFEB9C", "9C5700");
        ConditionalFormattingRule excepted = rule(formatting, topLeft, "EXCEPTED", "DDEBF7", "1F4E78");
        formatting.addConditionalFormatting(new CellRangeAddress[] {range},
                new ConditionalFormattingRule[] {pass, fail, error, excepted});
    }

    /** Matches the verdict as the cell's first word, so "FAIL 2/3" is coloured like "FAIL". */
    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String topLeft, Status verdict,
                                                  String fill, String font) {
        return rule(formatting, topLeft, verdict.name(), fill, font);
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String topLeft, String word,
                                                  String fill, String font) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "LEFT(" + topLeft + "," + word.length() + ")=\"" + word + "\"");
        rule.createPatternFormatting().setFillBackgroundColor(colour(fill));
        rule.createFontFormatting().setFontColor(colour(font));
        return rule;
    }

    private static XSSFColor colour(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex("FF" + rgb), null); // ARGB, opaque
    }
}
