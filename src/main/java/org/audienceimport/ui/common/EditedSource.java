package org.audienceimport.ui.common;

import java.util.HashMap;
import java.util.Map;

import org.audienceimport.source.Cell;
import org.audienceimport.source.Column;
import org.audienceimport.source.RewrittenRows;
import org.audienceimport.source.Row;
import org.audienceimport.source.TableSource;

/**
 * The open file as read, with the values the user corrected in the check put in place of the cells they
 * replace, so a pass of the engine sees the corrected rows. The file itself is never changed, and closing
 * the view leaves the file open (the {@link OpenedFile} owns it).
 */
public final class EditedSource {

    private EditedSource() {
    }

    /** @param table the table the corrections belong to: its sheet, header row and columns */
    public static TableSource of(TableSource source, ChosenTable table, ValueEdits edits) {
        Map<String, Integer> indexes = new HashMap<>();
        for (Column column : table.columns()) {
            indexes.putIfAbsent(column.header(), column.index());
        }
        Map<Integer, Map<Integer, String>> byRow = new HashMap<>();
        edits.byRow().forEach((row, columns) -> columns.forEach((header, value) -> {
            Integer index = indexes.get(header);
            if (index != null && row > table.headerRow()) {
                byRow.computeIfAbsent(row, r -> new HashMap<>()).put(index, value);
            }
        }));
        // Always a view, even with nothing to correct: closing it must never close the file it reads.
        return new RewrittenRows(source, table.sheet(), row -> edited(row, byRow.get(row.number())));
    }

    private static Row edited(Row row, Map<Integer, String> edits) {
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
}
