package org.audienceimport.source;

/**
 * One sheet of a workbook as its owner sees it in the tabs. A delimited text file has exactly one,
 * named after the file.
 *
 * @param index position among all sheets, hidden ones included, from 0
 */
public record SheetInfo(String name, boolean hidden, int index) {
}
