package org.audienceimport.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample workbook {@code assets/samples/contacts-sample.xlsx}: a small customer list as a shop exports it,
 * with the three problems the wizard is made for. Run {@link #main} to write it again; {@code SampleWorkbookTest}
 * keeps the checked-in file and this description the same, and the end-to-end test computes what the
 * sandbox must hold from {@link #ROWS}, not from the app.
 *
 * <ul>
 *   <li>row 4: {@value #BAD_EMAIL}, an email without its top-level domain (the user fixes it in step 5);</li>
 *   <li>row 5: a Russian mobile in national form, "8 (912) …", right only with Russia as the phone country;</li>
 *   <li>row 7: Anna again, a duplicate of row 2 with a new last name and tier.</li>
 * </ul>
 */
public final class SampleWorkbook {

    public static final Path CHECKED_IN = Path.of("assets", "samples", "contacts-sample.xlsx");
    public static final String SHEET = "Customers";
    public static final String BAD_EMAIL = "olga.smirnova@gmail";
    /** The Excel row (1-based) of {@link #BAD_EMAIL}. */
    public static final int BAD_EMAIL_ROW = 4;
    public static final List<String> HEADER = List.of("Email", "Phone", "First name", "Last name", "City", "Loyalty tier");
    /** The data rows under {@link #HEADER}, in file order; the header is in row 1. */
    public static final List<List<String>> ROWS = List.of(
            List.of("anna.petrova@example.com", "+7 912 345-67-89", "Anna", "Petrova", "Kazan", "gold"),
            List.of("john.doe@example.com", "+44 7400 123456", "John", "Doe", "London", "silver"),
            List.of(BAD_EMAIL, "+7 916 555-12-34", "Olga", "Smirnova", "Moscow", "bronze"),
            List.of("ivan.sidorov@example.com", "8 (912) 345-67-80", "Ivan", "Sidorov", "Perm", "gold"),
            List.of("maria.garcia@example.com", "+1 202 555 0142", "Maria", "Garcia", "Washington", "silver"),
            List.of("anna.petrova@example.com", "", "Anna", "Petrova-Smirnova", "Kazan", "platinum"),
            List.of("li.wei@example.cn", "+86 131 2345 6789", "Wei", "Li", "Shanghai", "bronze"));

    private SampleWorkbook() {
    }

    /** Writes the workbook; the same content every time (its creation date is fixed too). */
    public static Path write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_774_000_000_000L)));
            workbook.getProperties().getCoreProperties().setCreator("Audience Import");
            Sheet sheet = workbook.createSheet(SHEET);
            fill(sheet.createRow(0), HEADER);
            for (int r = 0; r < ROWS.size(); r++) {
                fill(sheet.createRow(r + 1), ROWS.get(r));
            }
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.setColumnWidth(c, c < 2 ? 26 * 256 : 16 * 256);
            }
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    /** Writes {@code assets/samples/contacts-sample.xlsx} (run from the project folder), or the path given. */
    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : CHECKED_IN);
    }
}
