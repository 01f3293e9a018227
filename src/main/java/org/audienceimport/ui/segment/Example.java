package org.audienceimport.ui.segment;

/**
 * One value of the file and what the chosen settings make of it.
 *
 * @param sent    the value as sent, or what is wrong with it when {@code problem}
 * @param problem true when the value would not be sent
 */
public record Example(String column, String written, String sent, boolean problem) {
}
