package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

/** Reading helpers shared by the .xlsx tests. */
final class XlsxFixtures {

    private XlsxFixtures() {
    }

    /** Every row of one sheet, read through the app's entry point. */
    static List<Row> rows(Path file, int sheetIndex) throws SourceException, IOException {
        return read(file, sheetIndex, ReadOptions.DETECT).rows();
    }

    static Sheet read(Path file, int sheetIndex, ReadOptions options) throws SourceException, IOException {
        try (TableSource source = TableSources.open(file, options)) {
            SheetInfo sheet = source.sheets().get(sheetIndex);
            try (RowReader reader = source.rows(sheet)) {
                List<Row> rows = new ArrayList<>();
                for (Row row = reader.next(); row != null; row = reader.next()) {
                    rows.add(row);
                }
                return new Sheet(source.sheets(), rows, reader.warnings(), reader.warningCount());
            }
        }
    }

    /** The non-empty texts of a row, left to right. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.width(); i++) {
            if (!row.cell(i).isEmpty()) {
                texts.add(row.text(i));
            }
        }
        return texts;
    }

    record Sheet(List<SheetInfo> sheets, List<Row> rows, List<ReadWarning> warnings, long warningCount) {
    }
}
