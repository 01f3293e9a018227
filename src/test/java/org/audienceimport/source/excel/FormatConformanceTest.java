package org.audienceimport.source.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.Test;

/**
 * The self-checking workbooks of the POI corpus: on sheet "Tests", column A holds Excel's own cached
 * result of TEXT(C, B). Every numeric C formatted with format B by {@link ExcelCells} must give A.
 */
class FormatConformanceTest {

    /**
     * Rows where POI, which recognises and draws the non-General formats, differs from Excel. POI's
     * DateUtil.isADateFormat does not see a date format in one mixing literal text (quoted or
     * backslash-escaped) with day and hour codes, so such a cell reads as a plain number.
     */
    private static final String LITERAL_TEXT_IN_DATE_FORMAT = "POI does not recognise a date format with literal text";
    private static final Map<String, Map<Integer, String>> KNOWN_EXCEPTIONS = Map.of(
            "GeneralFormatTests.xlsx", Map.of(),
            "DateFormatTests.xlsx", Map.of(
                    43, LITERAL_TEXT_IN_DATE_FORMAT, 44, LITERAL_TEXT_IN_DATE_FORMAT,
                    45, LITERAL_TEXT_IN_DATE_FORMAT, 46, LITERAL_TEXT_IN_DATE_FORMAT));

    @Test
    void generalFormatMatchesExcel() throws Exception {
        Result result = check("GeneralFormatTests.xlsx");
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.checked()).isEqualTo(67);
    }

    @Test
    void dateFormatsIn1904SystemMatchExcel() throws Exception {
        Result result = check("DateFormatTests.xlsx");
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.checked()).isEqualTo(45);
    }

    private record Result(int checked, List<String> mismatches) {
    }

    private static Result check(String name) throws Exception {
        Path file = Corpora.require("apache-poi-spreadsheets").resolve("files").resolve(name);
        Map<Integer, String> known = KNOWN_EXCEPTIONS.get(name);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            ExcelCells cells = new ExcelCells(workbook.isDate1904());
            Sheet tests = workbook.getSheet("Tests");
            for (Row row : tests) {
                if (row.getRowNum() == 0 || row.getCell(2) == null || row.getCell(2).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                int number = row.getRowNum() + 1;
                String expected = row.getCell(0).getStringCellValue();
                String format = row.getCell(1).getStringCellValue();
                double value = row.getCell(2).getNumericCellValue();
                String actual = cells.number(value, BuiltinFormats.getBuiltinFormat(format), format).formatted();
                checked++;
                if (!expected.equals(actual) && !known.containsKey(number)) {
                    mismatches.add("row " + number + ": TEXT(" + value + ", \"" + format + "\") is \"" + expected
                            + "\" in Excel, \"" + actual + "\" here");
                }
            }
        }
        return new Result(checked, mismatches);
    }
}
