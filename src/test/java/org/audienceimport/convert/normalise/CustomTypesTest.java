package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.number;
import static org.audienceimport.convert.normalise.TestCells.order;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomTypesTest {

    private final ValueNormalisers normalisers = new ValueNormalisers();

    private Normalised custom(CustomType type, Cell cell, NormaliseContext context) {
        return normalisers.forCustom(type, Optional.empty()).normalise(cell, context);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2021-12-31 23:55:00     | 2021-12-31 23:55:00",
        "2021-12-31T23:55        | 2021-12-31 23:55:00",
        "2021-12-31              | 2021-12-31 00:00:00",
        "31.12.2021              | 2021-12-31 00:00:00",
        "11.03.2021 14:05        | 2021-03-11 14:05:00",
        "11.03.2021 9:05:07      | 2021-03-11 09:05:07",
        "03/11/2021 2:05 PM      | 2021-03-11 14:05:00",
        "03/11/2021 12:05 am     | 2021-03-11 00:05:00",
        "03/11/2021 12:00 PM     | 2021-03-11 12:00:00",
        "31 December 2021, 23:55 | 2021-12-31 23:55:00",
        "31.12.29                | 2029-12-31 00:00:00",
        "31.12.30                | 1930-12-31 00:00:00",
        "2021-12-31T23:55:00.999Z | 2021-12-31 23:55:00",
    })
    void datesBecomeDateAndTime(String written, String expected) {
        NormaliseContext context = written.contains("/") ? order(DateOrder.MDY) : order(DateOrder.DMY);
        assertThat(sentCleanly(custom(CustomType.DATE, text(written), context))).isEqualTo(expected);
    }

    @Test
    void dateCellsKeepTheirTimeRoundedToTheSecond() {
        assertThat(sentCleanly(custom(CustomType.DATE, TestCells.date(LocalDateTime.of(2021, 12, 31, 23, 55)), NO_HINTS)))
                .isEqualTo("2021-12-31 23:55:00");
        assertThat(sentCleanly(custom(CustomType.DATE, TestCells.date(LocalDateTime.of(2021, 12, 31, 23, 59, 59, 600_000_000)),
                NO_HINTS))).isEqualTo("2022-01-01 00:00:00");
        assertThat(sentCleanly(custom(CustomType.DATE, TestCells.date(LocalDateTime.of(2030, 1, 1, 0, 0)), NO_HINTS)))
                .as("no birthday warnings for custom dates").isEqualTo("2030-01-01 00:00:00");
    }

    @Test
    void customDatesAreAmbiguousWithoutAnOrderToo() {
        assertThat(refused(custom(CustomType.DATE, text("03/04/2021 10:00"), NO_HINTS)).code()).isEqualTo("date_ambiguous");
        assertThat(refused(custom(CustomType.DATE, text("31.02.2021 10:00"), NO_HINTS)).code()).isEqualTo("date_invalid");
    }

    @Test
    void arraysSplitOnTheSeparatorAndDropEmptyItems() {
        ValueNormaliser commas = normalisers.forCustom(CustomType.ARRAY, Optional.empty());
        assertThat(sentCleanly(commas.normalise(text(" shoes, bags ,, hats ,"), NO_HINTS))).isEqualTo(List.of("shoes", "bags", "hats"));
        assertThat(sentCleanly(commas.normalise(text("one"), NO_HINTS))).isEqualTo(List.of("one"));
        assertThat(commas.normalise(text(" , ,"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
        assertThat(sentCleanly(commas.normalise(number(100500d), NO_HINTS))).isEqualTo(List.of("100500"));
        ValueNormaliser pipes = normalisers.forCustom(CustomType.ARRAY, Optional.of(" | "));
        assertThat(sentCleanly(pipes.normalise(text("a | b|c | d, e"), NO_HINTS))).isEqualTo(List.of("a", "b|c", "d, e"));
        ValueNormaliser semicolons = normalisers.forCustom(CustomType.ARRAY, Optional.of(";"));
        assertThat(sentCleanly(semicolons.normalise(text("a;b;;c"), NO_HINTS))).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void jsonIsSentAsATree() throws Exception {
        Object tree = sentCleanly(custom(CustomType.JSON, text("{\"key1\": \"value1\", \"n\": [1, 2.5]}"), NO_HINTS));
        assertThat(tree).isInstanceOf(JsonNode.class);
        assertThat(new ObjectMapper().writeValueAsString(tree)).isEqualTo("{\"key1\":\"value1\",\"n\":[1,2.5]}");
        assertThat(sentCleanly(custom(CustomType.JSON, text("[1,2]"), NO_HINTS)).toString()).isEqualTo("[1,2]");
        assertThat(custom(CustomType.JSON, text("null"), NO_HINTS)).isEqualTo(Normalised.EMPTY);
    }

    @Test
    void invalidJsonIsRefusedWithTheParsersReason() {
        Normalised.Invalid invalid = refused(custom(CustomType.JSON, text("{key: 1}"), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("json_invalid");
        assertThat(invalid.message()).startsWith("\u201C{key: 1}\u201D is not valid JSON: Unexpected character ('k'")
                .contains("(at character 2)").endsWith(". Fix the cell, or map the column as a string property.")
                .doesNotContain("\n");
        assertThat(refused(custom(CustomType.JSON, text("{\"a\": 1} x"), NO_HINTS)).code()).isEqualTo("json_invalid");
        assertThat(refused(custom(CustomType.JSON, text("{\"a\": 1, \"a\": 2}"), NO_HINTS)).message()).contains("Duplicate field 'a'");
        assertThat(refused(custom(CustomType.JSON, text("{\"a\": "), NO_HINTS)).code()).isEqualTo("json_invalid");
        assertThat(refused(custom(CustomType.JSON, text("{\u201Ca\u201D: 1}"), NO_HINTS)).message())
                .contains("curly quotes \u201C\u201D where JSON needs straight ones \"");
    }

    @Test
    void jsonScalarsAreNotObjects() {
        Normalised.Invalid invalid = refused(custom(CustomType.JSON, text("42"), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("json_not_object");
        assertThat(invalid.message()).isEqualTo("\u201C42\u201D is not a JSON object. Write it like {\"key\": \"value\"},"
                + " or map the column as a string property.");
        assertThat(refused(custom(CustomType.JSON, text("\"text\""), NO_HINTS)).code()).isEqualTo("json_not_object");
    }

    @Test
    void stringsAreTheTextAsTheUserSeesIt() {
        assertThat(sentCleanly(custom(CustomType.STRING, text("  the value  "), NO_HINTS))).isEqualTo("the value");
        assertThat(sentCleanly(custom(CustomType.STRING, text("000123"), NO_HINTS))).isEqualTo("000123");
        assertThat(sentCleanly(custom(CustomType.STRING, number(100500.0), NO_HINTS))).isEqualTo("100500");
        assertThat(sentCleanly(custom(CustomType.STRING, text("NULL"), NO_HINTS))).isEqualTo("NULL");
        assertThat(sentCleanly(custom(CustomType.STRING, text("line one\nline two"), NO_HINTS))).isEqualTo("line one\nline two");
    }

    @Test
    void integersAndFloatsAreNumbers() {
        assertThat(sentCleanly(custom(CustomType.INTEGER, text("100 500"), NO_HINTS))).isEqualTo(100500L);
        assertThat(sentCleanly(custom(CustomType.FLOAT, text("7,62"), NO_HINTS))).isEqualTo(new java.math.BigDecimal("7.62"));
    }
}
