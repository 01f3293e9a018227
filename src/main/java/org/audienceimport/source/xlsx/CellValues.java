package org.audienceimport.source.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.audienceimport.source.Cell;
import org.audienceimport.source.ColumnLetters;
import org.audienceimport.source.CellTexts;
import org.audienceimport.source.excel.ExcelCells;
import org.audienceimport.text.Text;

/**
 * Turns one {@code <c>} element's type, value and style into a {@link Cell}: shared and inline
 * strings, formula strings, booleans, errors (read as empty, with a warning), numbers through their
 * number format, and ISO dates.
 */
final class CellValues {

    /** Told about a cell the reader could carry on past, such as #N/A. */
    interface Warnings {
        void warn(int row, int column, String code, Text text);
    }

    /** Recently used shared-string cells, by index: columns such as city or country repeat a lot. */
    private static final int SHARED_CELL_CACHE = 4096;

    private final SharedStringTable strings;
    private final CellStyles styles;
    private final ExcelCells cells;
    private final Warnings warnings;
    private final Cell[] sharedCells = new Cell[SHARED_CELL_CACHE];
    private final int[] sharedCellIndexes = new int[SHARED_CELL_CACHE];

    CellValues(SharedStringTable strings, CellStyles styles, ExcelCells cells, Warnings warnings) {
        this.strings = strings;
        this.styles = styles;
        this.cells = cells;
        this.warnings = warnings;
        Arrays.fill(sharedCellIndexes, -1);
    }

    /** The cell, or null where it holds no value (a styled empty cell). */
    Cell toCell(String type, String value, String inline, int style, int column, int row) throws XMLStreamException {
        if (type == null || "n".equals(type)) {
            return value == null || value.isEmpty() ? null : number(value, style);
        }
        switch (type) {
            case "s" -> {
                return sharedString(value, column, row);
            }
            case "inlineStr" -> {
                return Cell.text(inline != null ? inline : value == null ? "" : value);
            }
            case "str" -> {
                return value == null ? null : Cell.text(checked(value));
            }
            case "b" -> {
                return value == null ? null : Cell.bool("1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()));
            }
            case "e" -> {
                String code = value == null || value.isBlank() ? "#VALUE!" : value.trim();
                warnings.warn(row, column, "ERROR_CELL", Text.of("source.warning.errorCell", ColumnLetters.of(column) + row, code));
                return Cell.error(code);
            }
            case "d" -> {
                return value == null ? null : isoDate(value, style);
            }
            default -> {
                return value == null ? null : Cell.text(checked(value));
            }
        }
    }

    private Cell number(String value, int style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Cell.text(value);
        }
        return cells.number(number, styles.formatId(style), styles.formatString(style));
    }

    private Cell sharedString(String value, int column, int row) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        int index = XlsxRowReader.parsePositiveInt(trimmed, 0, trimmed.length());
        int slot = index & (SHARED_CELL_CACHE - 1);
        if (index >= 0 && sharedCellIndexes[slot] == index) {
            return sharedCells[slot];
        }
        String text = strings.get(index);
        if (text == null) {
            warnings.warn(row, column, "MISSING_SHARED_TEXT", Text.of("source.warning.missingSharedText", ColumnLetters.of(column) + row));
            return null;
        }
        Cell cell = Cell.text(text);
        sharedCells[slot] = cell;
        sharedCellIndexes[slot] = index;
        return cell;
    }

    private Cell isoDate(String value, int style) {
        LocalDateTime dateTime;
        try {
            dateTime = value.indexOf('T') >= 0 ? LocalDateTime.parse(stripZone(value))
                    : LocalDate.parse(value).atStartOfDay();
        } catch (DateTimeParseException e) {
            return Cell.text(value);
        }
        double serial = DateUtil.getExcelDate(dateTime, cells.date1904());
        if (serial > 0) {
            Cell asNumber = cells.number(serial, styles.formatId(style), styles.formatString(style));
            if (asNumber.kind() == Cell.Kind.DATE) {
                return Cell.date(dateTime, asNumber.formatted());
            }
        }
        return Cell.date(dateTime, CellTexts.isoDate(dateTime));
    }

    private static String stripZone(String value) {
        return value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
    }

    private static String checked(String text) throws XMLStreamException {
        if (text.length() > XmlParts.MAX_CELL_TEXT) {
            throw new XmlParts.TextTooLongException();
        }
        return text;
    }

}
