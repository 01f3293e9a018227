package org.audienceimport.bench;

import java.nio.file.Path;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

/** Our reader exactly as the app uses it: detection, typed cells, user-facing texts. */
final class OursScan implements ReadScan {

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public Result scan(Path file) throws Exception {
        long rows = 0;
        long characters = 0;
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
             RowReader reader = source.rows(source.sheets().get(0))) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                rows++;
                for (int i = 0; i < row.width(); i++) {
                    characters += row.cell(i).text().length();
                }
            }
        }
        return new Result(rows, characters);
    }
}
