package org.audienceimport.convert.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.source.ColumnLetters;

/**
 * The report as .xlsx, streamed by POI's SXSSF (only a window of rows in memory, the rest in a
 * compressed temporary file), with a bold, frozen, filterable header row and the cells that have a
 * problem shaded. Every value is a plain text cell (the row number a number cell): text is never
 * stored as a formula, so nothing in it can run.
 */
final class XlsxErrorReportWriter implements ErrorReportWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = "\u2026";
    private static final int WIDEST_PROBLEMS = 100;
    private static final int WIDEST_OTHER = 50;

    private final ReportFile file;
    private final ReportColumns reportColumns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle errorCell;
    private final CellStyle warningCell;
    private int[] widths;
    private int columns;
    private int nextRow;
    private boolean closed;

    XlsxErrorReportWriter(Path path, List<String> headers, ReportColumns reportColumns) {
        this.file = new ReportFile(path);
        this.reportColumns = reportColumns;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(reportColumns.sheetName());
        errorCell = shaded(IndexedColors.ROSE);
        warningCell = shaded(IndexedColors.LIGHT_YELLOW);
        List<String> header = reportColumns.header(headers);
        widths = new int[Math.max(header.size(), 8)];
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < header.size() && i < MAX_COLUMNS; i++) {
            text(row, i, header.get(i)).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle shaded(IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    @Override
    public void write(int rowNumber, List<String> cells, List<Issue> issues) throws IOException {
        if (nextRow >= MAX_ROWS) {
            throw new IOException(String.format(Locale.ROOT, "An .xlsx report holds at most %,d rows and this one"
                    + " has more. Save the report as .csv instead.", MAX_ROWS - 1));
        }
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(rowNumber);
        note(0, Integer.toString(rowNumber));
        text(row, 1, reportColumns.severity(issues));
        text(row, ReportColumns.PROBLEMS_COLUMN, reportColumns.problems(issues));
        int first = ReportColumns.LEADING;
        for (int i = 0; i < cells.size() && first + i < MAX_COLUMNS; i++) {
            text(row, first + i, cells.get(i));
        }
        shadeProblemCells(row, issues);
    }

    private Cell text(Row row, int column, String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - CUT.length()) + CUT;
        }
        Cell cell = row.createCell(column);
        if (!text.isEmpty()) {
            // A string value, never setCellFormula: "=1+2" stays the text "=1+2".
            cell.setCellValue(text);
        }
        note(column, text);
        return cell;
    }

    private void shadeProblemCells(Row row, List<Issue> issues) {
        for (Issue issue : issues) {
            int source = ColumnLetters.indexOf(issue.columnLetter() == null ? "" : issue.columnLetter());
            if (source < 0) {
                continue;
            }
            int column = ReportColumns.LEADING + source;
            if (column >= MAX_COLUMNS) {
                continue;
            }
            Cell cell = row.getCell(column);
            if (cell == null) {
                cell = row.createCell(column);
            }
            // An error outranks a warning on the same cell.
            if (issue.severity() == Severity.ERROR || cell.getCellStyle() != errorCell) {
                cell.setCellStyle(issue.severity() == Severity.ERROR ? errorCell : warningCell);
            }
        }
    }

    /** Remembers the longest text per column, to size the columns at the end without POI's slow autosize. */
    private void note(int column, String text) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        int longest = Math.min(text.length(), WIDEST_PROBLEMS);
        widths[column] = Math.max(widths[column], longest);
        columns = Math.max(columns, column + 1);
    }

    @Override
    public long rowsWritten() {
        return nextRow - 1L;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (int column = 0; column < columns; column++) {
                int widest = column == ReportColumns.PROBLEMS_COLUMN ? WIDEST_PROBLEMS : WIDEST_OTHER;
                int characters = Math.min(widest, Math.max(widths[column], 4) + 2);
                sheet.setColumnWidth(column, characters * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, Math.max(0, columns - 1)));
            try (OutputStream out = Files.newOutputStream(file.temporary())) {
                workbook.write(out);
            }
            file.moveIntoPlace();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        } finally {
            // Also deletes SXSSF's temporary row file.
            workbook.close();
        }
    }
}
