package org.audienceimport.ui.common;

import java.util.List;

import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;

/**
 * The table the user is importing: which file, which sheet, which header row, its columns, and the top
 * of the sheet for previews (never the whole sheet).
 *
 * @param headerRow the header's row number as the user sees it
 * @param topRows   the first rows of the sheet as they are, a few rows above the header included
 * @param moreRows  true when the sheet goes on below the last row in {@code topRows}
 */
public record ChosenTable(OpenedFile file, SheetInfo sheet, int headerRow, List<Column> columns, List<Row> topRows,
                          boolean moreRows) {

    public ChosenTable {
        columns = List.copyOf(columns);
        topRows = List.copyOf(topRows);
    }

    /** The widest of the header and the previewed rows: the preview shows every column that holds something. */
    public int width() {
        int width = columns.size();
        for (Row row : topRows) {
            width = Math.max(width, row.width());
        }
        return width;
    }

    /** True when it is the same file, sheet and header row: the same rows to count. */
    public boolean sameRowsAs(ChosenTable other) {
        return other != null && other.file == file && other.sheet.equals(sheet) && other.headerRow == headerRow;
    }
}
