package org.audienceimport.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.text.Text;

/** Reads a whole file once to say what is in it: format, sheets, header, columns with samples, row count. */
public final class SourceInspector {

    public static final int SAMPLES_PER_COLUMN = 5;

    private SourceInspector() {
    }

    public static SourceSummary inspect(Path file, ReadOptions options, Optional<String> sheetName, OptionalInt headerRow)
            throws SourceException {
        String name = TableSources.quoted(file);
        try (TableSource source = TableSources.open(file, options)) {
            SheetInfo sheet = SheetChooser.choose(source, sheetName, name);
            try (SheetTable table = SheetTable.open(source, sheet, headerRow)) {
                List<List<String>> samples = new ArrayList<>();
                table.columns().forEach(c -> samples.add(new ArrayList<>(SAMPLES_PER_COLUMN)));
                long rows = 0;
                Row row;
                while ((row = table.nextDataRow()) != null) {
                    rows++;
                    collectSamples(row, samples);
                }
                List<SourceSummary.ColumnSummary> columns = new ArrayList<>();
                for (Column column : table.columns()) {
                    columns.add(new SourceSummary.ColumnSummary(column, List.copyOf(samples.get(column.index()))));
                }
                return new SourceSummary(String.valueOf(file.getFileName()), sizeOf(file), source.format(),
                        source.encoding(), source.delimiter(), source.sheets(), sheet, table.headerRow(),
                        columns, rows, List.copyOf(table.warnings()), table.warningCount());
            }
        } catch (IOException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    Text.of("source.ioErrorToEnd", name, e.getMessage()), e);
        }
    }

    private static void collectSamples(Row row, List<List<String>> samples) {
        for (int i = 0; i < samples.size(); i++) {
            List<String> columnSamples = samples.get(i);
            if (columnSamples.size() < SAMPLES_PER_COLUMN) {
                Cell cell = row.cell(i);
                if (!cell.isEmpty()) {
                    columnSamples.add(cell.text());
                }
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
