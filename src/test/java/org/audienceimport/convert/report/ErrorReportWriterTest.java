package org.audienceimport.convert.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class ErrorReportWriterTest {

    private static final List<String> HEADERS = List.of("E-mail", "Phone", "Name");
    /** Each starts with a character a spreadsheet would take as the start of a formula. */
    private static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    @TempDir
    Path temp;

    private static Issue error(int row, String column, String letter, String message) {
        return new Issue(row, column, letter, "", Severity.ERROR, "bad_value", message);
    }

    private static Issue warning(int row, String column, String letter, String message) {
        return new Issue(row, column, letter, "", Severity.WARNING, "odd_value", message);
    }

    private void writeSample(Path path) throws Exception {
        try (ErrorReportWriter report = ErrorReportWriter.open(path, HEADERS)) {
            report.write(2, List.of("not-an-email", "12345", "Zoë, \"the\" best\nsecond line"),
                    List.of(error(2, "E-mail", "A", "“not-an-email” is not an email address."),
                            warning(2, "Phone", "B", "The phone number looks too short.")));
            report.write(5, List.of("", "447700900123", "Ann"),
                    List.of(warning(5, "E-mail", "A", "The email is missing; the phone is used instead.")));
            report.write(9, FORMULAS, List.of(error(9, "", "", "=cmd|' /C calc'!A0 is not valid.")));
            report.write(12, List.of("a@b.c"), List.of(error(12, "Name", "C", "The name is missing.")));
            report.write(14, List.of("a@b.c", "1", "Bob", "extra 1", "extra 2"), List.of());
            assertThat(report.rowsWritten()).isEqualTo(5);
            assertThat(path).doesNotExist();
        }
        assertThat(path).exists();
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly(path.getFileName().toString());
    }

    @Test
    void csv_report_keeps_every_column_and_reads_back_with_fastcsv() throws Exception {
        Path path = temp.resolve("problems.csv");
        writeSample(path);

        byte[] bytes = Files.readAllBytes(path);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        List<List<String>> rows = readCsv(path);

        assertThat(rows.get(0)).containsExactly("Row", "Severity", "Problems", "E-mail", "Phone", "Name");
        assertThat(rows.get(1)).containsExactly("2", "Error",
                "“not-an-email” is not an email address.; The phone number looks too short.",
                "not-an-email", "12345", "Zoë, \"the\" best\nsecond line");
        assertThat(rows.get(2)).containsExactly("5", "Warning", "The email is missing; the phone is used instead.",
                "", "447700900123", "Ann");
        assertThat(rows.get(4)).containsExactly("12", "Error", "The name is missing.", "a@b.c");
        assertThat(rows.get(5)).containsExactly("14", "", "", "a@b.c", "1", "Bob", "extra 1", "extra 2");
        assertThat(rows).hasSize(6);
    }

    @Test
    void csv_report_neutralises_every_formula_looking_cell_with_an_apostrophe() throws Exception {
        Path path = temp.resolve("problems.csv");
        writeSample(path);

        List<String> row = readCsv(path).get(3);

        assertThat(row.subList(3, row.size())).containsExactlyElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(row.get(0)).isEqualTo("9");
        assertThat(row.get(2)).isEqualTo("=cmd|' /C calc'!A0 is not valid.".replaceFirst("^", "'"));
        for (List<String> any : readCsv(path)) {
            assertThat(any).noneMatch(FormulaGuard::looksLikeFormula);
        }
    }

    @Test
    void xlsx_report_keeps_every_column_with_a_bold_frozen_header() throws Exception {
        Path path = temp.resolve("problems.xlsx");
        writeSample(path);

        try (XSSFWorkbook workbook = new XSSFWorkbook(path.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Row", "Severity", "Problems", "E-mail", "Phone", "Name");
            assertThat(sheet.getRow(0).getCell(3).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I6");

            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(texts(first).subList(1, 6)).containsExactly("Error",
                    "“not-an-email” is not an email address.; The phone number looks too short.",
                    "not-an-email", "12345", "Zoë, \"the\" best\nsecond line");
            assertThat(texts(sheet.getRow(5))).containsExactly("14", "", "", "a@b.c", "1", "Bob", "extra 1", "extra 2");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void xlsx_report_shades_the_cells_with_problems() throws Exception {
        Path path = temp.resolve("problems.xlsx");
        writeSample(path);

        try (XSSFWorkbook workbook = new XSSFWorkbook(path.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(fill(sheet.getRow(1).getCell(3))).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(fill(sheet.getRow(1).getCell(4))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(sheet.getRow(1).getCell(5).getCellStyle().getFillPattern().getCode()).isZero();
            // A problem in a column the row has no cell for still shows where it is.
            assertThat(fill(sheet.getRow(4).getCell(5))).isEqualTo(IndexedColors.ROSE.getIndex());
        }
    }

    @Test
    void xlsx_report_stores_formula_looking_cells_as_plain_text() throws Exception {
        Path path = temp.resolve("problems.xlsx");
        writeSample(path);

        try (XSSFWorkbook workbook = new XSSFWorkbook(path.toFile())) {
            XSSFRow row = workbook.getSheetAt(0).getRow(3);
            for (int i = 0; i < FORMULAS.size(); i++) {
                XSSFCell cell = row.getCell(3 + i);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(i));
            }
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0 is not valid.");
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).contains("HYPERLINK").doesNotContain("<f>", "<f ");
            }
        }
    }

    @Test
    void xlsx_report_shortens_text_beyond_what_a_cell_can_hold() throws Exception {
        Path path = temp.resolve("long.xlsx");
        try (ErrorReportWriter report = ErrorReportWriter.open(path, List.of("Notes"))) {
            report.write(2, List.of("x".repeat(40_000)), List.of());
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(path.toFile())) {
            String text = workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue();
            assertThat(text).hasSize(32_767).endsWith("\u2026");
        }
    }

    @Test
    void the_extension_chooses_the_format_and_anything_else_is_refused() throws Exception {
        try (ErrorReportWriter report = ErrorReportWriter.open(temp.resolve("A.CSV"), HEADERS)) {
            assertThat(report).isInstanceOf(CsvErrorReportWriter.class);
        }
        try (ErrorReportWriter report = ErrorReportWriter.open(temp.resolve("a.XLSX"), HEADERS)) {
            assertThat(report).isInstanceOf(XlsxErrorReportWriter.class);
        }
        assertThatThrownBy(() -> ErrorReportWriter.open(temp.resolve("report.xls"), HEADERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An error report is saved as .csv or .xlsx; “report.xls” has neither extension."
                        + " Choose a name ending in .csv or .xlsx.");
        assertThatThrownBy(() -> ErrorReportWriter.open(temp.resolve("report.xls"), HEADERS, Locale.of("ru")))
                .isInstanceOfSatisfying(ReportNameException.class, e -> assertThat(e.text().in(Locale.of("ru")))
                        .startsWith("Отчёт об ошибках сохраняется как .csv или .xlsx, а у «report.xls» нет"));
        assertThat(temp.resolve("report.xls")).doesNotExist();
    }

    @Test
    void a_report_with_no_rows_has_its_header() throws Exception {
        Path csv = temp.resolve("empty.csv");
        Path xlsx = temp.resolve("empty.xlsx");
        ErrorReportWriter.open(csv, HEADERS).close();
        ErrorReportWriter.open(xlsx, HEADERS).close();

        assertThat(readCsv(csv)).containsExactly(List.of("Row", "Severity", "Problems", "E-mail", "Phone", "Name"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    private static List<List<String>> readCsv(Path path) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(path)) {
            reader.forEach(record -> rows.add(record.getFields()));
        }
        return rows;
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            XSSFCell cell = row.getCell(i);
            if (cell == null) {
                texts.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                texts.add(Long.toString((long) cell.getNumericCellValue()));
            } else {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static short fill(XSSFCell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }

    @Test
    void a_report_asked_for_in_russian_has_its_own_words_and_the_problems_in_russian() throws Exception {
        Issue noAt = new Issue(3, "E-mail", "A", "anna", Severity.ERROR, "email_invalid",
                Text.of("convert.noIdentifier", 3));
        Path csv = temp.resolve("problems.csv");
        Path xlsx = temp.resolve("problems.xlsx");
        for (Path path : List.of(csv, xlsx)) {
            try (ErrorReportWriter report = ErrorReportWriter.open(path, HEADERS, Locale.of("ru"))) {
                report.write(3, List.of("anna", "", "Anna"), List.of(noAt));
            }
        }

        List<List<String>> rows = readCsv(csv);
        assertThat(rows.get(0)).containsExactly("Строка", "Важность", "Проблемы", "E-mail", "Phone", "Name");
        assertThat(rows.get(1).subList(0, 3)).containsExactly("3", "Ошибка", Text.of("convert.noIdentifier", 3).in(Locale.of("ru")));
        assertThat(rows.get(1).get(2)).startsWith("В строке 3 нет правильного email");
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Проблемы");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Проблемы");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ошибка");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("В строке 3 нет правильного email");
        }
    }
}
