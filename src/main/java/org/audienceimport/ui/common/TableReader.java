package org.audienceimport.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetChooser;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.text.Text;

/**
 * Reads what the first steps show, and only that: opening a file, the top of a sheet, the header. Every
 * method touches a bounded number of rows, so a million-row file answers as fast as a small one.
 * Called off the UI thread.
 */
public final class TableReader {

    /** Data rows shown in a preview. */
    public static final int PREVIEW_ROWS = 50;
    /** Rows above the header kept in a preview, so the user sees what the header was chosen from. */
    static final int ROWS_ABOVE_HEADER = 10;

    /** Opens a file and reads the top of the sheet that most likely holds the contacts. */
    public ChosenTable open(Path path, ReadOptions options) throws SourceException {
        TableSource source = TableSources.open(path, options);
        OpenedFile file = new OpenedFile(path, sizeOf(path), options, source);
        try {
            SheetInfo sheet = file.read(s -> SheetChooser.choose(s, Optional.empty(), TableSources.quoted(path)));
            return read(file, sheet, OptionalInt.empty());
        } catch (SourceException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The top of one sheet with the header given, or detected when empty. */
    public ChosenTable read(OpenedFile file, SheetInfo sheet, OptionalInt headerRow) throws SourceException {
        return file.read(source -> {
            int header;
            List<org.audienceimport.source.Column> columns;
            try (SheetTable table = SheetTable.open(source, sheet, headerRow)) {
                header = table.headerRow();
                columns = table.columns();
            } catch (IOException e) {
                throw notReadable(file, e);
            }
            List<Row> rows = new ArrayList<>();
            boolean more;
            try {
                more = topRows(source, sheet, header, rows);
            } catch (IOException e) {
                throw notReadable(file, e);
            }
            return new ChosenTable(file, sheet, header, columns, rows, more);
        });
    }

    /** Fills {@code rows} with a few rows above the header, the header, and the first data rows; true if more follow. */
    private static boolean topRows(TableSource source, SheetInfo sheet, int header, List<Row> rows)
            throws IOException, SourceException {
        Deque<Row> above = new ArrayDeque<>();
        int dataRows = 0;
        try (RowReader reader = source.rows(sheet)) {
            Row row;
            while ((row = reader.next()) != null) {
                if (row.number() < header) {
                    if (!row.isBlank()) {
                        above.addLast(row);
                        if (above.size() > ROWS_ABOVE_HEADER) {
                            above.removeFirst();
                        }
                    }
                    continue;
                }
                if (dataRows == PREVIEW_ROWS) {
                    rows.addAll(0, above);
                    return true;
                }
                if (row.number() == header) {
                    rows.add(row);
                } else if (!row.isBlank()) {
                    rows.add(row);
                    dataRows++;
                }
            }
        }
        rows.addAll(0, above);
        return false;
    }

    private static SourceException notReadable(OpenedFile file, IOException e) {
        return new SourceException(SourceException.Problem.NOT_READABLE,
                Text.of("source.ioErrorShort", "\u201C" + file.name() + "\u201D", e.getMessage()), e);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
