package org.audienceimport.source.xls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/** Writes small .xls fixtures and reads whole sheets back, for the tests of this package. */
final class XlsFixtures {

    interface Filler {
        void fill(HSSFWorkbook workbook);
    }

    private XlsFixtures() {
    }

    static Path write(Path file, Filler filler) throws IOException {
        return writeEncrypted(file, null, filler);
    }

    /** With a password, POI writes the workbook RC4-encrypted (FILEPASS), as Excel does. */
    static Path writeEncrypted(Path file, String password, Filler filler) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    static List<Row> readAll(TableSource source, SheetInfo sheet) throws SourceException, IOException {
        List<Row> rows = new ArrayList<>();
        try (RowReader reader = source.rows(sheet)) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<Row> readFirstSheet(TableSource source) throws SourceException, IOException {
        return readAll(source, source.sheets().getFirst());
    }
}
