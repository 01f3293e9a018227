package org.audienceimport.source;

import java.util.Arrays;

/**
 * One row of a sheet or text file.
 *
 * @param number the row number the user sees: the sheet row in a spreadsheet program; the record
 *               number in a text file, its first record being 1
 */
public record Row(int number, Cell[] cells) {

    public static Row empty(int number) {
        return new Row(number, new Cell[0]);
    }

    /** Number of cell positions the row spans, trailing blanks included. */
    public int width() {
        return cells.length;
    }

    /** The cell in a 0-based column, {@link Cell#BLANK} where the row has none. */
    public Cell cell(int column) {
        if (column < 0 || column >= cells.length) {
            return Cell.BLANK;
        }
        Cell cell = cells[column];
        return cell == null ? Cell.BLANK : cell;
    }

    public String text(int column) {
        return cell(column).text();
    }

    /** True when no cell holds a visible value. */
    public boolean isBlank() {
        for (Cell cell : cells) {
            if (cell != null && !cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** How many cells hold a visible value. */
    public int filledCount() {
        int count = 0;
        for (Cell cell : cells) {
            if (cell != null && !cell.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && row.number == number && Arrays.equals(row.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * number + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "Row " + number + " " + Arrays.toString(cells);
    }
}
