package org.audienceimport.ui.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with the problems real exports have, for pictures of steps 4 and 5: phones written the local
 * way, dates as day/month/year text, broken emails, rows without any contact, duplicates and impossible dates.
 */
public final class MessyContacts {

    private MessyContacts() {
    }

    public static Path workbook(Path folder, int rows) throws IOException {
        Path file = folder.resolve("spring-fair.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Visitors");
            String[] header = {"Email", "Phone", "First name", "Birthday", "City"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(email(i));
                if (i % 29 != 0) {
                    row.createCell(1).setCellValue(String.format("8 912 %03d-%02d-%02d", i % 1000, i / 7 % 100, i % 97));
                }
                row.createCell(2).setCellValue("Name " + i);
                row.createCell(3).setCellValue(i % 23 == 0 ? "31/02/1990"
                        : String.format("%02d/%02d/%d", 1 + i * 7 % 28, 1 + i % 12, 1960 + i % 45));
                row.createCell(4).setCellValue(i % 3 == 0 ? "Kazan" : "Moscow");
            }
            workbook.write(out);
        }
        return file;
    }

    private static String email(int i) {
        if (i % 29 == 0) {
            return "n/a";
        }
        if (i % 17 == 0) {
            return "visitor" + i + "@gmail";
        }
        if (i % 31 == 0) {
            return "visitor" + (i - 1) + "@example.com";
        }
        return "visitor" + i + "@example.com";
    }
}
