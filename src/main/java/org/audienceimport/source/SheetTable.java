package org.audienceimport.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * One sheet seen as a table: its header row, its columns, and its data rows below the header with
 * blank rows skipped. Reads ahead only the few rows it needs to find the header.
 */
public final class SheetTable implements Closeable {

    /** Rows read ahead at most to find the header: enough for any title block, small enough to be instant. */
    private static final int READ_AHEAD_ROWS = 500;

    private final RowReader reader;
    private final int headerRow;
    private final List<Column> columns;
    private final Deque<Row> buffered;

    private SheetTable(RowReader reader, int headerRow, List<Column> columns, Deque<Row> buffered) {
        this.reader = reader;
        this.headerRow = headerRow;
        this.columns = List.copyOf(columns);
        this.buffered = buffered;
    }

    /**
     * Opens a sheet, using the given header row or detecting it.
     *
     * @param headerRow the header's row number as the user sees it, or empty to detect it
     */
    public static SheetTable open(TableSource source, SheetInfo sheet, OptionalInt headerRow) throws SourceException {
        RowReader reader = source.rows(sheet);
        try {
            Deque<Row> ahead = new ArrayDeque<>();
            int nonBlank = 0;
            Row row;
            while (ahead.size() < READ_AHEAD_ROWS
                    && (nonBlank < HeaderDetector.ROWS_EXAMINED || headerRow.isPresent() && lastNumber(ahead) < headerRow.getAsInt())
                    && (row = reader.next()) != null) {
                ahead.add(row);
                if (!row.isBlank()) {
                    nonBlank++;
                }
            }
            int header = headerRow.isPresent() ? headerRow.getAsInt() : HeaderDetector.detect(new ArrayList<>(ahead));
            Row headerCells = ahead.stream().filter(r -> r.number() == header).findFirst().orElse(Row.empty(header));
            ahead.removeIf(r -> r.number() <= header || r.isBlank());
            int width = Math.max(headerCells.width(), ahead.stream().mapToInt(Row::width).max().orElse(0));
            return new SheetTable(reader, header, columnsOf(headerCells, width), ahead);
        } catch (SourceException | RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    private static int lastNumber(Deque<Row> rows) {
        return rows.isEmpty() ? 0 : rows.getLast().number();
    }

    private static List<Column> columnsOf(Row header, int width) {
        List<Column> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            columns.add(new Column(i, ColumnLetters.of(i), headerText(header.text(i))));
        }
        return columns;
    }

    static String headerText(String raw) {
        return raw.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The header's row number as the user sees it. */
    public int headerRow() {
        return headerRow;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The next non-blank row below the header, or {@code null} at the end. */
    public Row nextDataRow() throws SourceException {
        if (!buffered.isEmpty()) {
            return buffered.poll();
        }
        Row row;
        while ((row = reader.next()) != null) {
            if (row.number() > headerRow && !row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    public List<ReadWarning> warnings() {
        return reader.warnings();
    }

    public long warningCount() {
        return reader.warningCount();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static void closeQuietly(RowReader reader) {
        try {
            reader.close();
        } catch (IOException | RuntimeException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }
}
