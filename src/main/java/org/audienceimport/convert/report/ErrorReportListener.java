package org.audienceimport.convert.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConvertedRow;
import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;

/** Writes every row that has a problem to an error report while the conversion runs. */
public final class ErrorReportListener implements Conversion.RowListener, AutoCloseable {

    private final Path path;
    private final Locale language;
    private List<Column> columns = List.of();
    private ErrorReportWriter writer;

    /** A report in English, as the command line writes it. */
    public ErrorReportListener(Path path) {
        this(path, Locale.ENGLISH);
    }

    /** A report whose own words are in the given language, as the wizard writes it in its own. */
    public ErrorReportListener(Path path, Locale language) {
        this.path = path;
        this.language = language;
    }

    @Override
    public void onTable(SheetInfo sheet, int headerRow, List<Column> tableColumns) throws IOException {
        columns = tableColumns;
        writer = ErrorReportWriter.open(path, tableColumns.stream().map(Column::label).toList(), language);
    }

    @Override
    public void onRow(Row source, ConvertedRow converted) throws IOException {
        if (converted.issues().isEmpty()) {
            return;
        }
        int width = Math.max(columns.size(), source.width());
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(source.text(i));
        }
        writer.write(source.number(), cells, converted.issues());
    }

    public long rowsWritten() {
        return writer == null ? 0 : writer.rowsWritten();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
