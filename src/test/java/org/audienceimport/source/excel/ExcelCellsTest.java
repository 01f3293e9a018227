package org.audienceimport.source.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.audienceimport.source.Cell;
import org.audienceimport.source.Cell.Kind;
import org.junit.jupiter.api.Test;

class ExcelCellsTest {

    private final ExcelCells cells = new ExcelCells(false);

    @Test
    void generalNumbersKeepEveryDigitInTheTextAndDrawLikeExcel() {
        assertCell(cells.number(4400114527199d, 0, "General"), "4400114527199", "4.40011E+12");
        assertCell(cells.number(1234567.891, 0, "General"), "1234567.891", "1234567.891");
        assertCell(cells.number(0.1 + 0.2, 0, "General"), "0.3", "0.3");
        assertCell(cells.number(100500, 0, null), "100500", "100500");
        assertCell(cells.number(-12345678901.5, 0, "General"), "-12345678901.5", "-12345678902");
        assertCell(cells.number(99999999999.7, 0, "General"), "99999999999.7", "1E+11");
        assertCell(cells.number(0.00000000012345, 0, "General"), "0.00000000012345", "1.2345E-10");
        assertCell(cells.number(-0.0, 0, "General"), "0", "0");
        assertThat(cells.number(7.62, 0, "General").number()).isEqualByComparingTo("7.62");
    }

    @Test
    void textAndDecoratedGeneralFormatsAlsoKeepEveryDigit() {
        assertCell(cells.number(4400114527199d, 49, "@"), "4400114527199", "4.40011E+12");
        assertCell(cells.number(4400114527199d, 164, "[$-409]General"), "4400114527199", "4.40011E+12");
        assertCell(cells.number(4400114527199d, 11, "0.00E+00"), "4400114527199", "4.40E+12");
    }

    @Test
    void otherFormatsGiveTheShownText() {
        assertCell(cells.number(4001, 164, "00000"), "04001", "04001");
        assertCell(cells.number(1234.5, 4, "#,##0.00"), "1,234.50", "1,234.50");
    }

    @Test
    void dateFormatsMakeDatesInEitherDateSystem() {
        Cell day = cells.number(43990, 14, "m/d/yy");
        assertThat(day.kind()).isEqualTo(Kind.DATE);
        assertThat(day.dateTime()).isEqualTo(LocalDateTime.of(2020, 6, 8, 0, 0));
        assertThat(day.text()).isEqualTo("2020-06-08");
        assertThat(day.formatted()).isEqualTo("6/8/20");

        Cell mac = new ExcelCells(true).number(42528, 164, "d-m-y h:mm a/p");
        assertThat(mac.text()).isEqualTo("2020-06-08");
        assertThat(mac.formatted()).isEqualTo("8-6-20 12:00 a");
    }

    private static void assertCell(Cell cell, String text, String formatted) {
        assertThat(cell.text()).as("text").isEqualTo(text);
        assertThat(cell.formatted()).as("formatted of %s", text).isEqualTo(formatted);
    }
}
