package io.orgaudit.report;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The height a row needs for its wrapped texts. LibreOffice does not grow a row to fit wrapped text unless the file
 * gives a height, so a header would overlap the first data row; Excel agrees with an explicit height too.
 */
final class RowHeight {

    /** One line of bold 11 pt text, with the spacing both Excel and LibreOffice leave between lines. */
    static final float LINE_POINTS = 15;
    private static final float PADDING_POINTS = 4;

    private RowHeight() {
    }

    /** Points for the header texts in columns of the given widths (in characters), the tallest one deciding. */
    static float forHeader(List<String> headers, IntUnaryOperator widthInCharacters) {
        int lines = 1;
        for (int column = 0; column < headers.size(); column++) {
            lines = Math.max(lines, lines(headers.get(column), widthInCharacters.applyAsInt(column)));
        }
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /**
     * Points for a body text wrapped in a column this wide (in characters). A column's character is Calibri's widest
     * digit, and running text in Calibri is narrower: some 20 % more characters fit than the width says; 15 % is
     * assumed, to leave room for a wider fallback font.
     */
    static float forText(String text, int widthInCharacters) {
        return wrappedLines(text, widthInCharacters * 115 / 100 - 1) * LINE_POINTS;
    }

    /**
     * Lines a header text wraps to. Bold text and the cell's margins take about two characters of the width, measured
     * on the widest common fallback font (DejaVu Sans), so that the header fits whatever font renders it.
     */
    static int lines(String text, int widthInCharacters) {
        return wrappedLines(text, widthInCharacters - 2);
    }

    /** Lines the text takes with this many characters a line, wrapping between words as spreadsheets do. */
    private static int wrappedLines(String text, int charactersPerLine) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int capacity = Math.max(1, charactersPerLine);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length <= capacity) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // a word longer than the column is broken over as many lines as it needs
            lines += (Math.max(1, length) - 1) / capacity;
            used = length % capacity == 0 && length > 0 ? capacity : length % capacity;
        }
        return lines;
    }
}
