package org.audienceimport.convert;

import org.audienceimport.text.Text;

/**
 * One problem found in a row, located the way the user will look for it.
 *
 * @param row          the row number the user sees
 * @param column       the column's header ("" for a problem with the whole row)
 * @param columnLetter the column's letter ("" for a problem with the whole row)
 * @param value        the value as read ("" where there is none)
 * @param code         a stable lower_snake code, for scripts and filters
 * @param text         what is wrong and what to do, in plain words, in any language
 */
public record Issue(int row, String column, String columnLetter, String value, Severity severity, String code, Text text) {

    /** An issue whose message is the same in every language. */
    public Issue(int row, String column, String columnLetter, String value, Severity severity, String code, String message) {
        this(row, column, columnLetter, value, severity, code, Text.verbatim(message));
    }

    /** The message in English, as the command line and the error report show it. */
    public String message() {
        return text.english();
    }
}
