package org.audienceimport.source.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.source.xls.XlsFixtures.readAll;
import static org.audienceimport.source.xls.XlsFixtures.readFirstSheet;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.audienceimport.source.Cell;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.WarningLog;
import org.audienceimport.source.TableSources;
import org.audienceimport.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsTableSourceTest {

    @TempDir
    Path dir;

    @Test
    void numbersReadAsTheFullPlainNumber() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("numbers.xls"), wb -> {
            HSSFRow row = wb.createSheet("Contacts").createRow(0);
            row.createCell(0).setCellValue(4400114527199d);
            row.createCell(1).setCellValue(100500.0);
            row.createCell(2).setCellValue(7.62);
            row.createCell(3).setCellValue(-0.5);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(List.of(row.text(0), row.text(1), row.text(2), row.text(3)))
                    .containsExactly("4400114527199", "100500", "7.62", "-0.5");
            assertThat(row.cell(0).kind()).isEqualTo(Cell.Kind.NUMBER);
            assertThat(row.cell(0).number()).isEqualByComparingTo("4400114527199");
        }
    }

    @Test
    void textKeepsLeadingZerosAndFormattedNumbersReadAsShown() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("zeros.xls"), wb -> {
            HSSFRow row = wb.createSheet("Contacts").createRow(0);
            row.createCell(0).setCellValue("000001234567");
            row.createCell(1).setCellValue("04001");
            HSSFCell zip = row.createCell(2);
            zip.setCellValue(4001);
            HSSFCellStyle fiveDigits = wb.createCellStyle();
            fiveDigits.setDataFormat(wb.createDataFormat().getFormat("00000"));
            zip.setCellStyle(fiveDigits);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.cell(0)).isEqualTo(Cell.text("000001234567"));
            assertThat(row.cell(1)).isEqualTo(Cell.text("04001"));
            assertThat(row.text(2)).isEqualTo("04001");
            assertThat(row.cell(2).kind()).isEqualTo(Cell.Kind.NUMBER);
        }
    }

    @Test
    void datesWithAndWithoutTime() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("dates.xls"), wb -> {
            HSSFRow row = wb.createSheet("Dates").createRow(0);
            HSSFCellStyle dateOnly = wb.createCellStyle();
            dateOnly.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            HSSFCellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat((short) 0x16); // built-in "m/d/yy h:mm"
            HSSFCell day = row.createCell(0);
            day.setCellValue(LocalDateTime.of(2020, 6, 8, 0, 0));
            day.setCellStyle(dateOnly);
            HSSFCell moment = row.createCell(1);
            moment.setCellValue(LocalDateTime.of(2020, 6, 8, 13, 45, 0));
            moment.setCellStyle(dateTime);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.cell(0).kind()).isEqualTo(Cell.Kind.DATE);
            assertThat(row.text(0)).isEqualTo("2020-06-08");
            assertThat(row.cell(0).formatted()).isEqualTo("08.06.2020");
            assertThat(row.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2020, 6, 8, 13, 45));
            assertThat(row.text(1)).isEqualTo("2020-06-08 13:45:00");
        }
    }

    @Test
    void booleans() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("bools.xls"), wb -> {
            HSSFRow row = wb.createSheet("Flags").createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.cell(0)).isEqualTo(Cell.bool(true));
            assertThat(row.cell(1)).isEqualTo(Cell.bool(false));
        }
    }

    @Test
    void formulasReadTheirCachedResultAndAreNeverRecalculated() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("formulas.xls"), wb -> {
            HSSFRow row = wb.createSheet("Formulas").createRow(0);
            HSSFCell number = row.createCell(0);
            number.setCellFormula("1+1");
            number.setCellValue(5); // a stale cached value: recalculating would give 2
            HSSFCell text = row.createCell(1);
            text.setCellFormula("\"x\"&\"y\"");
            text.setCellValue("00042 cached");
            HSSFCell bool = row.createCell(2);
            bool.setCellFormula("1=2");
            bool.setCellValue(true);
            HSSFCell error = row.createCell(3);
            error.setCellFormula("1/0");
            error.setCellErrorValue(FormulaError.DIV0);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT);
                RowReader reader = source.rows(source.sheets().getFirst())) {
            Row row = reader.next();
            assertThat(row.text(0)).isEqualTo("5");
            assertThat(row.cell(1)).isEqualTo(Cell.text("00042 cached"));
            assertThat(row.cell(2)).isEqualTo(Cell.bool(true));
            assertThat(row.cell(3)).isEqualTo(Cell.error("#DIV/0!"));
            assertThat(reader.warnings()).containsExactly(new ReadWarning(1, "D", XlsRowReader.ERROR_CELL,
                    Text.of("source.warning.errorCell", "D1", "#DIV/0!")));
            assertThat(reader.warnings().getFirst().message()).isEqualTo("Cell D1 shows the error #DIV/0!; it is read as empty");
        }
    }

    @Test
    void errorCellsReadAsEmptyWithAWarningNamingTheCell() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("errors.xls"), wb -> {
            HSSFSheet sheet = wb.createSheet("Errors");
            sheet.createRow(0).createCell(0).setCellValue("email");
            HSSFRow row = sheet.createRow(6);
            row.createCell(0).setCellValue("a@example.com");
            row.createCell(1).setCellErrorValue(FormulaError.NA);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT);
                RowReader reader = source.rows(source.sheets().getFirst())) {
            reader.next();
            Row row = reader.next();
            assertThat(row.number()).isEqualTo(7);
            assertThat(row.cell(1).errorCode()).isEqualTo("#N/A");
            assertThat(row.text(1)).isEmpty();
            assertThat(reader.next()).isNull();
            assertThat(reader.warningCount()).isEqualTo(1);
            assertThat(reader.warnings().getFirst().message()).isEqualTo("Cell B7 shows the error #N/A; it is read as empty");
            assertThat(reader.warnings().getFirst().text().in(Locale.of("ru"))).isEqualTo("В ячейке B7 ошибка #N/A; она читается как пустая");
        }
    }

    @Test
    void warningsAreCappedButAllCounted() throws Exception {
        int errors = WarningLog.KEPT + 25;
        Path file = XlsFixtures.write(dir.resolve("many-errors.xls"), wb -> {
            HSSFSheet sheet = wb.createSheet("Errors");
            for (int i = 0; i < errors; i++) {
                HSSFRow row = sheet.createRow(i);
                row.createCell(0).setCellValue("row " + i);
                row.createCell(1).setCellErrorValue(FormulaError.REF);
            }
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT);
                RowReader reader = source.rows(source.sheets().getFirst())) {
            int rows = 0;
            while (reader.next() != null) {
                rows++;
            }
            assertThat(rows).isEqualTo(errors);
            assertThat(reader.warnings()).hasSize(WarningLog.KEPT);
            assertThat(reader.warningCount()).isEqualTo(errors);
        }
    }

    @Test
    void sheetsInOrderWithHiddenAndVeryHiddenOnes() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("sheets.xls"), wb -> {
            wb.createSheet("Visible");
            wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("secret");
            wb.createSheet("Very hidden");
            wb.createSheet("Last");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(source.format()).isEqualTo(FileFormat.XLS);
            assertThat(source.sheets()).containsExactly(
                    new SheetInfo("Visible", false, 0), new SheetInfo("Hidden", true, 1),
                    new SheetInfo("Very hidden", true, 2), new SheetInfo("Last", false, 3));
            assertThat(readAll(source, source.sheets().get(1)).getFirst().text(0)).isEqualTo("secret");
            assertThat(readAll(source, source.sheets().get(0))).isEmpty();
        }
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreTheOnesExcelShows() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("gaps.xls"), wb -> {
            HSSFSheet sheet = wb.createSheet("Gaps");
            sheet.createRow(0).createCell(0).setCellValue("header");
            sheet.createRow(1).createCell(0).setCellValue("first");
            sheet.createRow(2).createCell(3); // a formatted but empty cell
            sheet.createRow(3).createCell(1).setCellValue("   ");
            sheet.createRow(4).createCell(2).setCellValue("fifth");
            sheet.createRow(99).createCell(0).setCellValue("hundredth");
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            List<Row> rows = readFirstSheet(source);
            assertThat(rows).extracting(Row::number).containsExactly(1, 2, 5, 100);
            assertThat(rows.get(2).width()).isEqualTo(3);
            assertThat(rows.get(2).text(2)).isEqualTo("fifth");
            assertThat(rows.get(2).cells()[0]).isNull();
        }
    }

    @Test
    void wideRowsReachTheLastColumn() throws Exception {
        int columns = SpreadsheetVersion.EXCEL97.getMaxColumns();
        Path file = XlsFixtures.write(dir.resolve("wide.xls"), wb -> {
            HSSFRow row = wb.createSheet("Wide").createRow(0);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellValue("c" + c);
            }
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.width()).isEqualTo(256);
            assertThat(row.filledCount()).isEqualTo(256);
            assertThat(row.text(255)).isEqualTo("c255");
        }
    }

    @Test
    void eachPassStartsFromTheFirstRow() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("passes.xls"), wb -> {
            HSSFSheet sheet = wb.createSheet("Data");
            for (int i = 0; i < 3; i++) {
                sheet.createRow(i).createCell(0).setCellValue("r" + i);
            }
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            List<Row> first = readFirstSheet(source);
            List<Row> second = readFirstSheet(source);
            assertThat(first).hasSize(3).isEqualTo(second);
        }
    }

    @Test
    void askingForASheetTheWorkbookDoesNotHaveIsRefused() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("one-sheet.xls"), wb -> wb.createSheet("Only"));
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThatThrownBy(() -> source.rows(new SheetInfo("Other", false, 3)))
                    .isInstanceOfSatisfying(SourceException.class,
                            e -> assertThat(e.problem()).isEqualTo(SourceException.Problem.NO_SUCH_SHEET))
                    .hasMessageContaining("\u201COnly\u201D");
        }
    }

    @Test
    void tableSourcesRoutesXlsBytesHereWhateverTheName() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("export.csv"), wb ->
                wb.createSheet("Contacts").createRow(0).createCell(0).setCellValue("name"));
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            assertThat(source.format()).isEqualTo(FileFormat.XLS);
            assertThat(readFirstSheet(source).getFirst().text(0)).isEqualTo("name");
        }
    }

    @Test
    void the1904DateSystemIsHonoured() throws Exception {
        Path file = XlsFixtures.write(dir.resolve("mac.xls"), wb -> {
            setUsing1904(wb);
            HSSFCell cell = wb.createSheet("Mac").createRow(0).createCell(0);
            HSSFCellStyle style = wb.createCellStyle();
            style.setDataFormat((short) 0xe); // built-in "m/d/yy"
            cell.setCellStyle(style);
            cell.setCellValue(35_064); // 2000-01-01 counted from 1904-01-01; 36,526 in the 1900 system
        });
        try (TableSource source = XlsTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(readFirstSheet(source).getFirst().text(0)).isEqualTo("2000-01-01");
        }
    }

    /** HSSF has no setter for the date system; the DATEMODE record is what Excel writes. */
    private static void setUsing1904(HSSFWorkbook workbook) {
        ((DateWindow1904Record) workbook.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                .setWindowing((short) 1);
    }
}
