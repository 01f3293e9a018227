package org.audienceimport.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.audienceimport.source.Cell;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.TableSource;

/** A workbook built in a test, row by row, so table logic can be tested without any file format. */
public final class InMemoryTableSource implements TableSource {

    private final Map<SheetInfo, List<Row>> sheets = new LinkedHashMap<>();
    private int openReaders;

    public InMemoryTableSource sheet(String name, boolean hidden, Row... rows) {
        sheets.put(new SheetInfo(name, hidden, sheets.size()), List.of(rows));
        return this;
    }

    /** A row of text cells; null or "" leaves a blank cell. */
    public static Row row(int number, String... texts) {
        Cell[] cells = new Cell[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = texts[i] == null ? null : Cell.text(texts[i]);
        }
        return new Row(number, cells);
    }

    public int openReaders() {
        return openReaders;
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public RowReader rows(SheetInfo sheet) {
        Iterator<Row> rows = sheets.get(sheet).iterator();
        openReaders++;
        return new RowReader() {
            @Override
            public Row next() {
                return rows.hasNext() ? rows.next() : null;
            }

            @Override
            public List<ReadWarning> warnings() {
                return List.of();
            }

            @Override
            public long warningCount() {
                return 0;
            }

            @Override
            public void close() {
                openReaders--;
            }
        };
    }

    @Override
    public void close() {
    }
}
