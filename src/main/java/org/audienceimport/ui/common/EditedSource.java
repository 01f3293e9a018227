package org.audienceimport.ui.common;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.audienceimport.source.Cell;
import org.audienceimport.source.Column;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/**
 * The open file as read, with the values the user corrected in the check put in place of the cells they
 * replace, so a pass of the engine sees the corrected rows. The file itself is never changed, and closing
 * this leaves the file open (the {@link OpenedFile} owns it).
 */
public final class EditedSource implements TableSource {

    private final TableSource source;
    private final SheetInfo sheet;
    private final int headerRow;
    private final Map<Integer, Map<Integer, String>> byRow = new HashMap<>();

    /** @param table the table the corrections belong to: its sheet, header row and columns */
    public EditedSource(TableSource source, ChosenTable table, ValueEdits edits) {
        this.source = source;
        this.sheet = table.sheet();
        this.headerRow = table.headerRow();
        Map<String, Integer> indexes = new HashMap<>();
        for (Column column : table.columns()) {
            indexes.putIfAbsent(column.header(), column.index());
        }
        edits.byRow().forEach((row, columns) -> columns.forEach((header, value) -> {
            Integer index = indexes.get(header);
            if (index != null && row > headerRow) {
                byRow.computeIfAbsent(row, r -> new HashMap<>()).put(index, value);
            }
        }));
    }

    @Override
    public FileFormat format() {
        return source.format();
    }

    @Override
    public List<SheetInfo> sheets() {
        return source.sheets();
    }

    @Override
    public Optional<Charset> encoding() {
        return source.encoding();
    }

    @Override
    public Optional<Character> delimiter() {
        return source.delimiter();
    }

    @Override
    public RowReader rows(SheetInfo wanted) throws SourceException {
        RowReader rows = source.rows(wanted);
        return wanted.equals(sheet) && !byRow.isEmpty() ? new EditedRows(rows) : rows;
    }

    @Override
    public void close() {
        // The file stays open: it belongs to the OpenedFile this was made over.
    }

    private final class EditedRows implements RowReader {
        private final RowReader rows;

        EditedRows(RowReader rows) {
            this.rows = rows;
        }

        @Override
        public Row next() throws SourceException {
            Row row = rows.next();
            Map<Integer, String> edits = row == null ? null : byRow.get(row.number());
            if (edits == null) {
                return row;
            }
            int width = Math.max(row.width(), edits.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
            Cell[] cells = new Cell[width];
            for (int i = 0; i < width; i++) {
                cells[i] = edits.containsKey(i) ? Cell.text(edits.get(i)) : row.cell(i);
            }
            return new Row(row.number(), cells);
        }

        @Override
        public List<ReadWarning> warnings() {
            return rows.warnings();
        }

        @Override
        public long warningCount() {
            return rows.warningCount();
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
