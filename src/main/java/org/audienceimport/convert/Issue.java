package org.audienceimport.convert;

/**
 * One problem found in a row, located the way the user will look for it.
 *
 * @param row          the row number the user sees
 * @param column       the column's header ("" for a problem with the whole row)
 * @param columnLetter the column's letter ("" for a problem with the whole row)
 * @param value        the value as read ("" where there is none)
 * @param code         a stable lower_snake code, for scripts and filters
 * @param message      what is wrong and what to do, in plain words
 */
public record Issue(int row, String column, String columnLetter, String value, Severity severity, String code, String message) {
}
