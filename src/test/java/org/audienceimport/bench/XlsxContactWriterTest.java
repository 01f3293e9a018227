package org.audienceimport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class XlsxContactWriterTest {

    private static final long ROWS = 2_000;
    private static final long SEED = 11;

    @TempDir
    static Path dir;
    private static Path xlsx;
    private static Path csv;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void generate() throws Exception {
        xlsx = dir.resolve("contacts.xlsx");
        csv = dir.resolve("contacts.csv");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            BenchFileGenerator.write(BenchFileGenerator.Format.XLSX, out, ROWS, SEED);
        }
        try (OutputStream out = Files.newOutputStream(csv)) {
            BenchFileGenerator.write(BenchFileGenerator.Format.CSV, out, ROWS, SEED);
        }
        // Opened once: POI's first workbook costs seconds of start-up.
        workbook = new XSSFWorkbook(OPCPackage.open(xlsx.toFile(), PackageAccess.READ));
    }

    @AfterAll
    static void closeWorkbook() throws Exception {
        workbook.close();
    }

    @Test
    void opensInPoiWithSharedStringsNumbersDatesAndBooleans() throws Exception {
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo((int) ROWS + 1);
        assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("имя");

        XSSFRow row = sheet.getRow(1);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(100_000);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getStringCellValue()).contains("@");
        assertThat(row.getCell(1).getCTCell().getT()).as("a shared string, not inline").isEqualTo(STCellType.S);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(4_400_000_000_000d);
        assertThat(row.getCell(9).getStringCellValue()).matches("00\\d{8}");
        assertThat(row.getCell(19).getCellType()).isEqualTo(CellType.BOOLEAN);

        XSSFCell registered = row.getCell(17);
        assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
        assertThat(registered.getLocalDateTimeCellValue()).isAfter(LocalDateTime.of(2015, 1, 1, 0, 0));
        assertThat(sheet).as("birthdays are real dates with a date format")
                .anySatisfy(r -> {
                    assertThat(r.getRowNum()).isPositive();
                    assertThat(r.getCell(8)).isNotNull();
                    assertThat(r.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(r.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
                });

        // Emails, phones and loyalty ids are unique per row; everything else repeats.
        assertThat(workbook.getSharedStringSource().getUniqueCount()).isBetween((int) ROWS * 3, (int) ROWS * 3 + 500);
    }

    @Test
    void holdsTheSameContactsAsTheCsv() throws Exception {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int rowIndex = 0;
            for (CsvRecord record : reader) {
                XSSFRow row = sheet.getRow(rowIndex++);
                for (int column : new int[] {1, 2, 9, 12, 14}) {
                    XSSFCell cell = row.getCell(column);
                    assertThat(cell == null ? "" : cell.getStringCellValue())
                            .as("row %d column %d", rowIndex, column).isEqualTo(record.getField(column));
                }
                String birthday = record.getField(8);
                if (rowIndex > 1 && !birthday.isEmpty()) {
                    assertThat(birthday).contains(String.valueOf(row.getCell(8).getLocalDateTimeCellValue().getYear()));
                }
            }
            assertThat(rowIndex).isEqualTo((int) ROWS + 1);
        }
    }

    @Test
    void opensInFastexcelReaderWithEveryRow() throws Exception {
        // POI's event API is left to the benchmark run: its first use alone costs seconds.
        assertThat(new FastExcelScan().scan(xlsx).rows()).isEqualTo(ROWS + 1);
    }
}
