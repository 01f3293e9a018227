package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.number;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.onlyWarning;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberNormaliserTest {

    private final ValueNormalisers normalisers = new ValueNormalisers();
    private final ValueNormaliser integer = normalisers.forKind(FieldKind.INTEGER);
    private final ValueNormaliser decimal = normalisers.forKind(FieldKind.NUMBER);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1500          | 1500", "250.0 | 250", "250,00 | 250", "1 123 | 1123", "1\u00A0123 | 1123",
        "1\u202F123\u202F456 | 1123456", "1,123 | 1123", "1,234,567 | 1234567", "1.234.567 | 1234567",
        "-5 | -5", "\u22125 | -5", "+42 | 42", "007 | 7", "1.5E3 | 1500", "1e2 | 100", "1'000'000 | 1000000",
        "  31  | 31", "0 | 0", "-0 | 0"})
    void integersAreWholeJsonNumbers(String written, long expected) {
        assertThat(sentCleanly(integer.normalise(text(written), NO_HINTS))).isEqualTo(expected);
    }

    @Test
    void integerNumberCellsLoseTheirPointZero() {
        assertThat(sentCleanly(integer.normalise(number(250.0), NO_HINTS))).isEqualTo(250L);
        assertThat(sentCleanly(integer.normalise(number("1123.000"), NO_HINTS))).isEqualTo(1123L);
    }

    @Test
    void integersBeyondLongStayExact() {
        assertThat(sentCleanly(integer.normalise(text("123456789012345678901234567890"), NO_HINTS)))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"250.5", "7,62", "0.1", "1 234,5"})
    void fractionsAreRefusedByIntegerFields(String written) {
        Normalised.Invalid invalid = refused(integer.normalise(text(written), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("integer_fraction");
        assertThat(invalid.message()).isEqualTo("\u201C" + written
                + "\u201D is not a whole number. This field takes whole numbers only; round the value in the file.");
        assertThat(refused(integer.normalise(number(250.5), NO_HINTS)).code()).isEqualTo("integer_fraction");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "7.62 | 7.62", "7,62 | 7.62", "7.620 | 7.62", "0,125 | 0.125", "1 234,56 | 1234.56", "1.234,56 | 1234.56",
        "1,234.56 | 1234.56", ".5 | 0.5", ",5 | 0.5", "-0.0000001 | -0.0000001", "1.5E-3 | 0.0015", "12.30 | 12.3"})
    void decimalsKeepTheExactValue(String written, String expected) {
        assertThat(sentCleanly(decimal.normalise(text(written), NO_HINTS))).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void wholeDecimalsAreSentAsIntegers() {
        assertThat(sentCleanly(decimal.normalise(text("1877.00"), NO_HINTS))).isEqualTo(1877L);
        assertThat(sentCleanly(decimal.normalise(number(1123.0), NO_HINTS))).isEqualTo(1123L);
        assertThat(sentCleanly(decimal.normalise(number(7.62), NO_HINTS))).isEqualTo(new BigDecimal("7.62"));
        assertThat(sentCleanly(decimal.normalise(number(0.1 + 0.2), NO_HINTS))).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void aLoneThousandsCommaIsReadAsThousandsButADecimalFieldWarns() {
        Normalised result = decimal.normalise(text("1,123"), NO_HINTS);
        assertThat(((Normalised.Value) result).value()).isEqualTo(1123L);
        Warning warning = onlyWarning(result);
        assertThat(warning.code()).isEqualTo("number_comma_thousands");
        assertThat(warning.message()).isEqualTo("\u201C1,123\u201D was read as 1123 (the comma taken as a thousands"
                + " separator). If a decimal was meant, write it with a point, as in 1.123.");
        assertThat(sentCleanly(decimal.normalise(text("1,234,567"), NO_HINTS))).isEqualTo(1234567L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 34", "1,2,3", "1.5.2024", "5%", "$5", "5 kg", "1,23,456", "1 234.567.8", "5,",
        "--5", "1e", "0x1F", "1,234 567", "1e999999999", "\u0661\u0662"})
    void nonNumbersAreRefused(String written) {
        Normalised.Invalid invalid = refused(decimal.normalise(text(written), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("number_invalid");
        assertThat(invalid.message()).startsWith("\u201C" + written + "\u201D is not a number.");
    }

    @Test
    void datesAndBooleansAreNotNumbers() {
        assertThat(refused(integer.normalise(Cell.bool(true), NO_HINTS)).code()).isEqualTo("number_invalid");
        assertThat(refused(integer.normalise(TestCells.date(LocalDateTime.of(2020, 1, 1, 0, 0)), NO_HINTS)).code())
                .isEqualTo("number_invalid");
    }

    @Test
    void jacksonWritesTheValuesWithoutExponent() throws Exception {
        JsonMapper json = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        Object tiny = sentCleanly(decimal.normalise(text("0.0000001"), NO_HINTS));
        Object big = sentCleanly(decimal.normalise(text("1E+20"), NO_HINTS));
        assertThat(json.writeValueAsString(new Object[] {tiny, big, 7.62})).isEqualTo("[0.0000001,100000000000000000000,7.62]");
    }
}
