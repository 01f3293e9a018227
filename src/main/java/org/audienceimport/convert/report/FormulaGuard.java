package org.audienceimport.convert.report;

/**
 * Keeps spreadsheet programs from running cell text as a formula when they open a CSV file (CSV or
 * "formula" injection). Following OWASP's guidance, text that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, which makes every spreadsheet treat it as plain text.
 * The apostrophe shows, and a negative number shows as text: for a report that is the safe trade.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
