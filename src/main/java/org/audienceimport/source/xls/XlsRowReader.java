package org.audienceimport.source.xls;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.audienceimport.source.Cell;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.WarningLog;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.excel.ExcelCells;
import org.audienceimport.text.Text;

/**
 * The rows of one loaded sheet, as the user sees them: row numbers as Excel shows them, rows without
 * any value skipped, formulas read by their cached result (never recalculated).
 */
final class XlsRowReader implements RowReader {

    static final String ERROR_CELL = "ERROR_CELL";

    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private final ExcelCells cells;
    private final String fileName;
    private final String sheetName;
    private final WarningLog warnings = new WarningLog();

    XlsRowReader(HSSFSheet sheet, ExcelCells cells, String fileName) {
        this.rows = sheet.rowIterator();
        this.cells = cells;
        this.fileName = fileName;
        this.sheetName = sheet.getSheetName();
    }

    @Override
    public Row next() throws SourceException {
        try {
            while (rows.hasNext()) {
                Row row = convert(rows.next());
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new SourceException(SourceException.Problem.DAMAGED, Text.of("source.xls.sheetDamaged", sheetName, fileName), e);
        }
    }

    private Row convert(org.apache.poi.ss.usermodel.Row source) {
        int number = source.getRowNum() + 1;
        int width = Math.max(0, source.getLastCellNum());
        Cell[] converted = new Cell[width];
        int used = 0;
        for (org.apache.poi.ss.usermodel.Cell cell : source) {
            int column = cell.getColumnIndex();
            Cell value = convert((HSSFCell) cell, cell.getCellType(), number);
            if (value != null && column < width) {
                converted[column] = value;
                used = Math.max(used, column + 1);
            }
        }
        return new Row(number, used == width ? converted : Arrays.copyOf(converted, used));
    }

    private Cell convert(HSSFCell cell, CellType type, int rowNumber) {
        return switch (type) {
            case STRING -> {
                Cell text = Cell.text(cell.getRichStringCellValue().getString());
                yield text.kind() == Cell.Kind.BLANK ? null : text;
            }
            case NUMERIC -> number(cell);
            case BOOLEAN -> Cell.bool(cell.getBooleanCellValue());
            case ERROR -> error(cell, rowNumber);
            case FORMULA -> convert(cell, cell.getCachedFormulaResultType(), rowNumber);
            case BLANK, _NONE -> null;
        };
    }

    private Cell number(HSSFCell cell) {
        CellStyle style = cell.getCellStyle();
        return cells.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
    }

    private Cell error(HSSFCell cell, int rowNumber) {
        String code = errorCode(cell.getErrorCellValue());
        String reference = CellReference.convertNumToColString(cell.getColumnIndex());
        warnings.add(new ReadWarning(rowNumber, reference, ERROR_CELL,
                Text.of("source.warning.errorCell", reference + rowNumber, code)));
        return Cell.error(code);
    }

    private static String errorCode(byte code) {
        if (FormulaError.isValidCode(code)) {
            return FormulaError.forInt(code).getString();
        }
        return "#ERROR";
    }

    @Override
    public List<ReadWarning> warnings() {
        return warnings.kept();
    }

    @Override
    public long warningCount() {
        return warnings.count();
    }

    @Override
    public void close() {
        // The workbook is in memory and owned by the table source; nothing to release per pass.
    }
}
