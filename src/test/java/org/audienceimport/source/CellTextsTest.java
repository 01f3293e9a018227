package org.audienceimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class CellTextsTest {

    @Test
    void numbersNeverGainADecimalPointOrAnExponent() {
        assertThat(CellTexts.plainNumber(CellTexts.decimal(4400114527199d))).isEqualTo("4400114527199");
        assertThat(CellTexts.plainNumber(CellTexts.decimal(100500.0))).isEqualTo("100500");
        assertThat(CellTexts.plainNumber(CellTexts.decimal(7.62))).isEqualTo("7.62");
        assertThat(CellTexts.plainNumber(CellTexts.decimal(1e20))).isEqualTo("100000000000000000000");
        assertThat(CellTexts.plainNumber(CellTexts.decimal(0.000001234))).isEqualTo("0.000001234");
        assertThat(CellTexts.plainNumber(CellTexts.decimal(-0.0))).isEqualTo("0");
    }

    @Test
    void binaryNoiseBeyondFifteenDigitsIsDroppedAsSpreadsheetsDo() {
        assertThat(CellTexts.plainNumber(CellTexts.decimal(0.1 + 0.2))).isEqualTo("0.3");
        assertThat(CellTexts.plainNumber(new BigDecimal("79123456789.00000001"))).isEqualTo("79123456789");
    }

    @Test
    void datesAreIsoWithTimeOnlyWhereThereIsOne() {
        assertThat(CellTexts.isoDate(LocalDateTime.of(2020, 6, 8, 0, 0))).isEqualTo("2020-06-08");
        assertThat(CellTexts.isoDate(LocalDateTime.of(2021, 12, 31, 23, 55))).isEqualTo("2021-12-31 23:55:00");
        assertThat(CellTexts.isoDate(LocalDateTime.of(2021, 12, 31, 23, 59, 59, 600_000_000))).isEqualTo("2022-01-01");
    }
}
