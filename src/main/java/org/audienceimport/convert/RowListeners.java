package org.audienceimport.convert;

import java.io.IOException;
import java.util.List;

import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;

/** Combines listeners, so one pass can feed the issue list, the error report and the progress display. */
public final class RowListeners {

    private RowListeners() {
    }

    public static Conversion.RowListener all(List<Conversion.RowListener> listeners) {
        List<Conversion.RowListener> copy = List.copyOf(listeners);
        return new Conversion.RowListener() {
            @Override
            public void onTable(SheetInfo sheet, int headerRow, List<Column> columns) throws IOException {
                for (Conversion.RowListener listener : copy) {
                    listener.onTable(sheet, headerRow, columns);
                }
            }

            @Override
            public void onRow(Row source, ConvertedRow converted) throws IOException {
                for (Conversion.RowListener listener : copy) {
                    listener.onRow(source, converted);
                }
            }
        };
    }
}
