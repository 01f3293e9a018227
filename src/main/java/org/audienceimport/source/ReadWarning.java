package org.audienceimport.source;

import org.audienceimport.text.Text;

/**
 * Something the reader noticed but could carry on past, such as an error cell (#N/A) read as empty.
 *
 * @param row    the row number the user sees
 * @param column the column letter (A, B, ... AA), or empty where the warning is about the whole row
 * @param text   what happened, in words of the reader's language
 */
public record ReadWarning(int row, String column, String code, Text text) {

    /** In English, as the command line and its JSON show it. */
    public String message() {
        return text.english();
    }
}
