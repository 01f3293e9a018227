package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.audienceimport.source.Cell.Kind;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsNumbersTextsBooleansFormulasAndErrorsAsTheUserMeansThem() throws Exception {
        Path file = dir.resolve("contacts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Contacts");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("phone");
            header.createCell(1).setCellValue("zip");
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(1);
            data.createCell(0).setCellValue(4400114527199d);
            data.createCell(1).setCellValue("04001");
            data.createCell(2).setCellValue(7.62);
            data.createCell(3).setCellValue(0.1 + 0.2);
            data.createCell(4).setCellValue(true);
            data.createCell(5).setCellFormula("C2*2");
            data.createCell(6).setCellFormula("\"ab\"&\"c\"");
            data.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            data.createCell(8).setCellValue(100500);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }

        XlsxFixtures.Sheet sheet = XlsxFixtures.read(file, 0, ReadOptions.DETECT);

        Row row = sheet.rows().get(1);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.cell(0).kind()).isEqualTo(Kind.NUMBER);
        assertThat(row.text(0)).isEqualTo("4400114527199");
        assertThat(row.cell(0).formatted()).isEqualTo("4.40011E+12");
        assertThat(row.cell(0).number()).isEqualByComparingTo(new BigDecimal("4400114527199"));
        assertThat(row.cell(1).kind()).isEqualTo(Kind.TEXT);
        assertThat(row.text(1)).isEqualTo("04001");
        assertThat(row.text(2)).isEqualTo("7.62");
        assertThat(row.text(3)).isEqualTo("0.3");
        assertThat(row.cell(3).formatted()).isEqualTo("0.3");
        assertThat(row.cell(4).bool()).isTrue();
        assertThat(row.text(4)).isEqualTo("TRUE");
        assertThat(row.text(5)).isEqualTo("15.24");
        assertThat(row.cell(6).kind()).isEqualTo(Kind.TEXT);
        assertThat(row.text(6)).isEqualTo("abc");
        assertThat(row.cell(7).kind()).isEqualTo(Kind.ERROR);
        assertThat(row.cell(7).errorCode()).isEqualTo("#N/A");
        assertThat(row.text(7)).isEmpty();
        assertThat(row.text(8)).isEqualTo("100500");
        assertThat(sheet.warningCount()).isEqualTo(1);
        assertThat(sheet.warnings().getFirst().row()).isEqualTo(2);
        assertThat(sheet.warnings().getFirst().column()).isEqualTo("H");
        assertThat(sheet.warnings().getFirst().message()).isEqualTo("Cell H2 shows the error #N/A; it is read as empty");
    }

    @Test
    void readsDatesInThe1900And1904SystemsWithAndWithoutTime() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            Path file = dir.resolve("dates" + date1904 + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                if (date1904) {
                    (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                            : wb.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
                }
                CellStyle day = wb.createCellStyle();
                day.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                CellStyle stamp = wb.createCellStyle();
                stamp.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
                org.apache.poi.ss.usermodel.Row row = wb.createSheet("Dates").createRow(0);
                Cell a = row.createCell(0);
                a.setCellValue(LocalDateTime.of(2020, 6, 8, 0, 0));
                a.setCellStyle(day);
                Cell b = row.createCell(1);
                b.setCellValue(LocalDateTime.of(1999, 12, 31, 13, 45, 7));
                b.setCellStyle(stamp);
                save(wb, file);
            }

            Row row = XlsxFixtures.rows(file, 0).getFirst();

            assertThat(row.cell(0).kind()).as("1904: %s", date1904).isEqualTo(Kind.DATE);
            assertThat(row.text(0)).as("1904: %s", date1904).isEqualTo("2020-06-08");
            assertThat(row.cell(0).formatted()).isEqualTo("2020-06-08");
            assertThat(row.text(1)).as("1904: %s", date1904).isEqualTo("1999-12-31 13:45:07");
            assertThat(row.cell(1).formatted()).isEqualTo("31.12.1999 13:45:07");
        }
    }

    @Test
    void readsInlineStringsAsStreamingWritersWriteThem() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheet sheet = wb.createSheet("Big");
            for (int i = 0; i < 100; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("user" + i + "@example.com");
                row.createCell(1).setCellValue("line one\nline two \uD835\uDF4A");
                row.createCell(2).setCellValue(i);
            }
            save(wb, file);
        }
        assertThat(unzipped(file, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");

        List<Row> rows = XlsxFixtures.rows(file, 0);

        assertThat(rows).hasSize(100);
        assertThat(rows.get(99).text(0)).isEqualTo("user99@example.com");
        assertThat(rows.get(99).text(1)).isEqualTo("line one\nline two \uD835\uDF4A");
        assertThat(rows.get(99).text(2)).isEqualTo("99");
        assertThat(rows.get(99).number()).isEqualTo(100);
    }

    @Test
    void listsHiddenAndVeryHiddenSheetsInWorkbookOrder() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Visible").createRow(0).createCell(0).setCellValue("v");
            wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("h");
            wb.createSheet("Very hidden").createRow(0).createCell(0).setCellValue("vh");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            save(wb, file);
        }
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            assertThat(source.format()).isEqualTo(FileFormat.XLSX);
            assertThat(source.sheets()).containsExactly(new SheetInfo("Visible", false, 0),
                    new SheetInfo("Hidden", true, 1), new SheetInfo("Very hidden", true, 2));
        }
        assertThat(XlsxFixtures.rows(file, 2).getFirst().text(0)).isEqualTo("vh");
    }

    @Test
    void skipsRowsWithoutValuesButKeepsTheSheetsRowNumbers() throws Exception {
        Path file = dir.resolve("blanks.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("S");
            CellStyle bold = wb.createCellStyle();
            bold.setFont(wb.createFont());
            sheet.createRow(0).createCell(0).setCellValue("first");
            sheet.createRow(3).createCell(1).setCellStyle(bold);
            sheet.createRow(4).createCell(0).setCellValue("");
            sheet.createRow(6).createCell(2).setCellValue("seventh");
            for (int i = 7; i < 300; i++) {
                sheet.createRow(i).createCell(0).setCellStyle(bold);
            }
            save(wb, file);
        }

        List<Row> rows = XlsxFixtures.rows(file, 0);

        assertThat(rows).extracting(Row::number).containsExactly(1, 7);
        assertThat(rows.get(1).width()).isEqualTo(3);
        assertThat(rows.get(1).text(2)).isEqualTo("seventh");
    }

    @Test
    void readsTheWidestRowExcelAllows() throws Exception {
        Path file = dir.resolve("wide.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Row row = wb.createSheet("Wide").createRow(0);
            row.createCell(0).setCellValue("first");
            row.createCell(16_383).setCellValue("XFD");
            save(wb, file);
        }

        Row row = XlsxFixtures.rows(file, 0).getFirst();

        assertThat(row.width()).isEqualTo(16_384);
        assertThat(row.text(16_383)).isEqualTo("XFD");
        assertThat(row.filledCount()).isEqualTo(2);
    }

    @Test
    void eachPassStartsAtTheFirstRowAndTheFileIsNeverTouched() throws Exception {
        Path file = dir.resolve("twice.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue("a");
            sheet.createRow(1).createCell(0).setCellValue("b");
            save(wb, file);
        }
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);

        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            SheetInfo sheet = source.sheets().getFirst();
            try (var first = source.rows(sheet); var second = source.rows(sheet)) {
                assertThat(first.next().text(0)).isEqualTo("a");
                assertThat(second.next().text(0)).isEqualTo("a");
                assertThat(first.next().text(0)).isEqualTo("b");
                assertThat(first.next()).isNull();
                assertThat(first.next()).isNull();
            }
            assertThatThrownBy(() -> source.rows(new SheetInfo("Other", false, 3)))
                    .isInstanceOf(SourceException.class)
                    .extracting(e -> ((SourceException) e).problem()).isEqualTo(SourceException.Problem.NO_SUCH_SHEET);
        }

        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000_000_000L);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void closingTheSourceClosesReadersLeftOpen() throws Exception {
        Path file = dir.resolve("open.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("a");
            save(wb, file);
        }
        long before = OpenFiles.count();
        for (int i = 0; i < 30; i++) {
            TableSource source = TableSources.open(file, ReadOptions.DETECT);
            source.rows(source.sheets().getFirst()).next();
            source.close();
        }
        assertThat(OpenFiles.count()).isLessThanOrEqualTo(before + 2);
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static String unzipped(Path file, String entry) throws IOException {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
