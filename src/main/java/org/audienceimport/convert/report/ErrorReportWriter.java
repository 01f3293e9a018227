package org.audienceimport.convert.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.audienceimport.convert.Issue;
import org.audienceimport.text.Text;

/**
 * Writes the rows that have problems, streaming, so the user can fix them in a spreadsheet: one column
 * for the row number, one for how bad it is, one with every problem in words, then every original
 * column as it was read. The problem columns come first so they stay in view next to the row number,
 * and so a row longer than the header row still lines up.
 *
 * <p>The format follows the file's extension: {@code .csv} (UTF-8 with a BOM, comma-delimited) or
 * {@code .xlsx}. No cell is ever run as a formula by a spreadsheet, whatever text it holds. The report
 * is written under a temporary name and appears under its own name only when {@link #close()} succeeds.
 *
 * <pre>{@code
 * try (ErrorReportWriter report = ErrorReportWriter.open(path, headers)) {
 *     report.write(17, cells, issues);
 * }
 * }</pre>
 */
public sealed interface ErrorReportWriter extends AutoCloseable permits CsvErrorReportWriter, XlsxErrorReportWriter {

    /** Opens a report in English at {@code path}; its extension ({@code .csv} or {@code .xlsx}) chooses the format. */
    static ErrorReportWriter open(Path path, List<String> headers) throws IOException {
        return open(path, headers, Locale.ENGLISH);
    }

    /** Opens a report whose own words (its first columns, each row's problems) are in the given language. */
    static ErrorReportWriter open(Path path, List<String> headers, Locale language) throws IOException {
        ReportColumns columns = new ReportColumns(language);
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvErrorReportWriter(path, headers, columns);
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxErrorReportWriter(path, headers, columns);
        }
        throw new ReportNameException(Text.of("convert.report.badName", "\u201C" + path.getFileName() + "\u201D"));
    }

    /**
     * Adds one row.
     *
     * @param rowNumber the row number the user sees in the source file
     * @param cells     the row's cells as read, in column order (null counts as blank)
     * @param issues    the row's problems
     */
    void write(int rowNumber, List<String> cells, List<Issue> issues) throws IOException;

    /** How many rows have been written, not counting the header row. */
    long rowsWritten();

    /** Finishes the file and puts it in place. */
    @Override
    void close() throws IOException;
}
