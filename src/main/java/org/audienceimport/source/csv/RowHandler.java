package org.audienceimport.source.csv;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import org.audienceimport.source.Cell;
import org.audienceimport.source.Row;

/**
 * Turns FastCSV's parse events straight into {@link Row}s, so each field is copied once (into its
 * String) and no intermediate String[] is built.
 *
 * <p>Every record counts for the row number, as in a spreadsheet program opening the file: blank
 * lines too, and a quoted value spanning several lines is still one row. Records with no value at all
 * (blank lines, lines of bare delimiters) are skipped after being counted. NUL characters are dropped
 * from values: they are invisible, no contact field means them, and they break the systems the data
 * is uploaded to. Carriage returns that {@link QuotedCarriageReturnMask} hid inside quoted values are
 * put back.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {

    /** Excel's column limit; a record wider than this is not a table. */
    static final int MAX_COLUMNS = 16_384;

    private Cell[] cells = new Cell[64];
    private boolean hasValue;
    private int recordNumber;
    private boolean undecodableInRow;

    /** The number of the record being read (or last read). */
    int recordNumber() {
        return recordNumber;
    }

    /** Whether the last row handed out holds U+FFFD, the mark of bytes the charset could not decode. */
    boolean lastRowHadUndecodable() {
        return undecodableInRow;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        recordNumber++;
        hasValue = false;
        undecodableInRow = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (fieldIdx >= cells.length) {
            if (fieldIdx >= MAX_COLUMNS) {
                throw new TooManyColumnsException();
            }
            cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, cells.length * 2));
        }
        if (len == 0) {
            cells[fieldIdx] = Cell.BLANK;
            return;
        }
        String value = new String(buf, offset, len);
        if (value.indexOf('\0') >= 0) {
            value = value.replace("\0", "");
        }
        if (quoted) {
            value = QuotedCarriageReturnMask.unmask(value);
        }
        if (value.indexOf('\uFFFD') >= 0) {
            undecodableInRow = true;
        }
        Cell cell = Cell.text(value);
        cells[fieldIdx] = cell;
        hasValue |= cell != Cell.BLANK;
    }

    @Override
    protected Row buildRecord() {
        if (!hasValue) {
            return null;
        }
        return new Row(recordNumber, Arrays.copyOf(cells, getFieldCount()));
    }

    /** Thrown out of the parser for a record wider than {@link #MAX_COLUMNS}. */
    static final class TooManyColumnsException extends RuntimeException {
        TooManyColumnsException() {
            super("more than " + MAX_COLUMNS + " columns", null, false, false);
        }
    }
}
