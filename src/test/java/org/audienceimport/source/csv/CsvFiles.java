package org.audienceimport.source.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/** Writes small fixture files and reads them back through {@link CsvTableSource}. */
final class CsvFiles {

    private CsvFiles() {
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        return write(dir, name, text.getBytes(charset));
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    static List<Row> readRows(Path file, ReadOptions options) throws SourceException, IOException {
        try (TableSource source = CsvTableSource.open(file, options)) {
            return readRows(source);
        }
    }

    static List<Row> readRows(TableSource source) throws SourceException, IOException {
        List<Row> rows = new ArrayList<>();
        try (RowReader reader = source.rows(source.sheets().getFirst())) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Each row as the list of its cell texts. */
    static List<List<String>> texts(List<Row> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (Row row : rows) {
            texts.add(texts(row));
        }
        return texts;
    }

    static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < row.width(); column++) {
            values.add(row.text(column));
        }
        return values;
    }

    static List<List<String>> readTexts(Path file) throws SourceException, IOException {
        return texts(readRows(file, ReadOptions.DETECT));
    }
}
