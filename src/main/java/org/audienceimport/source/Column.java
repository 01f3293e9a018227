package org.audienceimport.source;

/**
 * A column of a table as the user sees it.
 *
 * @param index  0-based position in the sheet
 * @param letter the spreadsheet letter (A, B, … AA)
 * @param header the header text, trimmed, line breaks folded into spaces; empty for a column with no header
 */
public record Column(int index, String letter, String header) {

    /** The header where there is one, else "Column C", for messages and lists. */
    public String label() {
        return header.isEmpty() ? "Column " + letter : header;
    }
}
