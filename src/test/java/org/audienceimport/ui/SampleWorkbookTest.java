package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The checked-in sample workbook is what {@link SampleWorkbook} describes (run its main after changing it). */
class SampleWorkbookTest {

    @Test
    void theCheckedInSampleHoldsExactlyTheDescribedRows() throws Exception {
        List<List<String>> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SampleWorkbook.CHECKED_IN); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet(SampleWorkbook.SHEET);
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < SampleWorkbook.HEADER.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                read.add(cells);
            }
        }
        List<List<String>> expected = new ArrayList<>();
        expected.add(SampleWorkbook.HEADER);
        expected.addAll(SampleWorkbook.ROWS);
        assertThat(read).isEqualTo(expected);
        assertThat(read.get(SampleWorkbook.BAD_EMAIL_ROW - 1).getFirst()).isEqualTo(SampleWorkbook.BAD_EMAIL);
    }
}
