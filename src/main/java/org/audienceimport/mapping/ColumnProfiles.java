package org.audienceimport.mapping;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;

/** Reads the top of a table into the profiles auto-mapping works from, without reading the whole file. */
public final class ColumnProfiles {

    /** Data rows looked at: enough to see what a column holds, few enough to be instant on any file. */
    public static final int ROWS_SAMPLED = 200;
    private static final int SAMPLES_KEPT = 50;

    private ColumnProfiles() {
    }

    public static List<ColumnProfile> read(SheetTable table) throws SourceException {
        List<List<String>> samples = new ArrayList<>();
        table.columns().forEach(c -> samples.add(new ArrayList<>()));
        Row row;
        int read = 0;
        while (read < ROWS_SAMPLED && (row = table.nextDataRow()) != null) {
            read++;
            for (int i = 0; i < samples.size(); i++) {
                String text = row.text(i);
                if (!text.isBlank() && samples.get(i).size() < SAMPLES_KEPT) {
                    samples.get(i).add(text);
                }
            }
        }
        List<ColumnProfile> profiles = new ArrayList<>();
        for (Column column : table.columns()) {
            profiles.add(new ColumnProfile(column.header(), List.copyOf(samples.get(column.index()))));
        }
        return profiles;
    }
}
