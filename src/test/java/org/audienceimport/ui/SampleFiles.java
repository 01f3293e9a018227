package org.audienceimport.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small files made on the spot for the wizard's tests. */
public final class SampleFiles {

    public static final int CONTACT_ROWS = 25;
    public static final String PASSWORD = "s3cret";

    private SampleFiles() {
    }

    /**
     * A workbook like a real export: sheet "Contacts" with a title in row 1, the header in row 3 and
     * {@value #CONTACT_ROWS} contacts; a hidden sheet "Old"; and a sheet "Totals".
     */
    public static Path workbook(Path folder) throws IOException {
        return workbook(folder, CONTACT_ROWS);
    }

    /** The same workbook with another number of contacts. */
    public static Path workbook(Path folder, int rows) throws IOException {
        Path file = folder.resolve("contacts.xlsx");
        try (XSSFWorkbook workbook = contacts(rows); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The same workbook, encrypted with {@value #PASSWORD} as Excel does ("agile" encryption). */
    public static Path protectedWorkbook(Path folder) throws Exception {
        Path file = folder.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (XSSFWorkbook workbook = contacts(CONTACT_ROWS); OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static XSSFWorkbook contacts(int rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet contacts = workbook.createSheet("Contacts");
        contacts.createRow(0).createCell(0).setCellValue("Customer export, March 2026");
        header(contacts.createRow(2), "Email", "Phone", "First name", "City");
        for (int i = 1; i <= rows; i++) {
            Row row = contacts.createRow(2 + i);
            row.createCell(0).setCellValue("person" + i + "@example.com");
            row.createCell(1).setCellValue(String.format("+7 912 %03d %02d %02d", i / 10_000, i / 100 % 100, i % 100));
            row.createCell(2).setCellValue("Name " + i);
            row.createCell(3).setCellValue(i % 2 == 0 ? "Moscow" : "Kazan");
        }
        Sheet old = workbook.createSheet("Old");
        header(old.createRow(0), "E-mail");
        old.createRow(1).createCell(0).setCellValue("old@example.com");
        workbook.setSheetHidden(1, true);
        Sheet totals = workbook.createSheet("Totals");
        header(totals.createRow(0), "City", "Contacts");
        Row moscow = totals.createRow(1);
        moscow.createCell(0).setCellValue("Moscow");
        moscow.createCell(1).setCellValue(12);
        return workbook;
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** A comma-separated file with a header and three contacts. */
    public static Path csv(Path folder) throws IOException {
        Path file = folder.resolve("contacts.csv");
        Files.writeString(file, """
                email,phone,name
                anna@example.com,+79120000001,Anna
                boris@example.com,+79120000002,Boris
                vera@example.com,+79120000003,Vera
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** A file of 0 bytes, as an interrupted download leaves behind. */
    public static Path empty(Path folder) throws IOException {
        Path file = folder.resolve("empty.csv");
        Files.write(file, new byte[0]);
        return file;
    }
}
