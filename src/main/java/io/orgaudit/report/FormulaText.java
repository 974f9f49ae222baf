package io.orgaudit.report;

/** Recognises text that a spreadsheet program might take for a formula (CSV injection, OWASP). */
final class FormulaText {

    private FormulaText() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
