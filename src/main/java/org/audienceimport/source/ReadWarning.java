package org.audienceimport.source;

/**
 * Something the reader noticed but could carry on past, such as an error cell (#N/A) read as empty.
 *
 * @param row    the row number the user sees
 * @param column the column letter (A, B, ... AA), or empty where the warning is about the whole row
 */
public record ReadWarning(int row, String column, String code, String message) {
}
