package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.order;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.onlyWarning;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import java.time.LocalDateTime;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Birthdays ({@code YYYY-MM-DD}); today is 2026-03-15 in these tests. */
class DateNormaliserTest {

    private final ValueNormaliser birthday = new ValueNormalisers().forKind(FieldKind.DATE);

    private Normalised normalise(String written, NormaliseContext context) {
        return birthday.normalise(text(written), context);
    }

    @ParameterizedTest(name = "{0} -> 1990-03-11")
    @ValueSource(strings = {
        "1990-03-11", "1990-3-11", "1990/03/11", "1990.03.11", "19900311", "11.03.1990", "11.3.1990", "11-03-1990",
        "11 March 1990", "11 Mar 1990", "11 mar. 1990", "March 11, 1990", "Mar 11 1990", "March 11th, 1990",
        "11-Mar-1990", "11-Mar-90", "Sun, 11 Mar 1990", "Sunday, March 11, 1990", "1990 March 11",
        "11 \u043C\u0430\u0440\u0442\u0430 1990", "11 \u043C\u0430\u0440\u0442\u0430 1990 \u0433.",
        "11 \u041C\u0430\u0440 1990", "11 \u043C\u0430\u0440\u0442 1990", "11.03.1990 \u0433.", "11.03.1990\u0433",
        "1990-03-11T10:15:30", "1990-03-11T10:15:30.123Z", "1990-03-11T23:00:00+03:00", "1990-03-11 00:00:00",
        "11.03.1990 14:05", "  11.03.1990  ", "11/03/90"})
    void unambiguousFormsAreRead(String written) {
        assertThat(sentCleanly(normalise(written, NO_HINTS.withDateOrder(DateOrder.DMY)))).isEqualTo("1990-03-11");
    }

    @Test
    void theDateOrderDecidesAmbiguousDates() {
        assertThat(sentCleanly(normalise("11/03/1990", order(DateOrder.DMY)))).isEqualTo("1990-03-11");
        assertThat(sentCleanly(normalise("03/11/1990", order(DateOrder.MDY)))).isEqualTo("1990-03-11");
        assertThat(sentCleanly(normalise("03.11.1990", order(DateOrder.MDY)))).isEqualTo("1990-03-11");
    }

    @Test
    void ambiguousDatesWithoutAnOrderAreRefusedNeverGuessed() {
        Normalised.Invalid invalid = refused(normalise("03/04/1990", NO_HINTS));
        assertThat(invalid.code()).isEqualTo("date_ambiguous");
        assertThat(invalid.message()).isEqualTo("\u201C03/04/1990\u201D could be 3 April 1990 or 4 March 1990."
                + " Choose the date order (day/month/year or month/day/year) for this file.");
        assertThat(refused(normalise("03/04/1990", order(DateOrder.YMD))).code()).isEqualTo("date_ambiguous");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"13/05/1990, 1990-05-13", "05/13/1990, 1990-05-13", "04/04/1990, 1990-04-04", "1990-04-03, 1990-04-03",
        "3 April 1990, 1990-04-03"})
    void valuesThatSettleTheOrderThemselvesNeedNone(String written, String expected) {
        assertThat(sentCleanly(normalise(written, NO_HINTS))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1990", "30.02.1990", "1990-02-30", "29.02.1991", "32.01.1990", "00.01.1990",
        "1990-13-01", "31 April 1990", "31 \u0430\u043F\u0440\u0435\u043B\u044F 1990"})
    void impossibleDatesAreRefused(String written) {
        Normalised.Invalid invalid = refused(normalise(written, order(DateOrder.DMY)));
        assertThat(invalid.code()).isEqualTo("date_invalid");
        assertThat(invalid.message()).isEqualTo("\u201C" + written + "\u201D is not a real date. Check the day and the month.");
    }

    @Test
    void aDateImpossibleOnlyInTheChosenOrderSaysSo() {
        assertThat(refused(normalise("13/05/1990", order(DateOrder.MDY))).message())
                .isEqualTo("\u201C13/05/1990\u201D is not a real date when read as month/day/year. Check the day and the month.");
        assertThat(refused(normalise("05/13/1990", order(DateOrder.DMY))).message())
                .contains("when read as day/month/year");
    }

    @Test
    void leapDaysAreReal() {
        assertThat(sentCleanly(normalise("29.02.2000", order(DateOrder.DMY)))).isEqualTo("2000-02-29");
        assertThat(refused(normalise("29.02.1900", order(DateOrder.DMY))).code()).isEqualTo("date_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "1990", "11.03", "March 1990", "11 Foo 1990", "1990-03-11T25:00",
        "11.03.1990 13:00 PM", "11/03/199", "111/03/1990", "11.03.1990.5", "3/11/1990/2"})
    void otherTextIsNotADate(String written) {
        Normalised.Invalid invalid = refused(normalise(written, order(DateOrder.DMY)));
        assertThat(invalid.code()).isEqualTo("date_invalid");
        assertThat(invalid.message()).isEqualTo("\u201C" + written
                + "\u201D is not a date the app can read. Write it like 1990-03-11 or 11.03.1990.");
    }

    @Test
    void twoDigitYearsOfBirthdaysAreNeverInTheFuture() {
        NormaliseContext dmy = order(DateOrder.DMY);
        assertThat(sentCleanly(normalise("11.03.05", dmy))).isEqualTo("2005-03-11");
        assertThat(sentCleanly(normalise("11.03.26", dmy))).isEqualTo("2026-03-11");
        assertThat(sentCleanly(normalise("11.03.27", dmy))).isEqualTo("1927-03-11");
        assertThat(sentCleanly(normalise("11.03.85", dmy))).isEqualTo("1985-03-11");
        assertThat(sentCleanly(normalise("90.03.11", order(DateOrder.YMD)))).isEqualTo("1990-03-11");
    }

    @Test
    void dateCellsAreTakenAsTheyAre() {
        assertThat(sentCleanly(birthday.normalise(TestCells.date(LocalDateTime.of(1990, 3, 11, 0, 0)), NO_HINTS)))
                .isEqualTo("1990-03-11");
        assertThat(sentCleanly(birthday.normalise(TestCells.date(LocalDateTime.of(1990, 3, 11, 15, 30)), NO_HINTS)))
                .isEqualTo("1990-03-11");
    }

    @Test
    void numbersAreNotDatesUnlessTheyReadAsYearMonthDay() {
        Normalised.Invalid invalid = refused(birthday.normalise(TestCells.number(32943d), NO_HINTS));
        assertThat(invalid.code()).isEqualTo("date_invalid");
        assertThat(invalid.message()).isEqualTo("\u201C32943\u201D is a number, not a date. Format the column as dates"
                + " in the spreadsheet, or write dates like 1990-03-11.");
        assertThat(sentCleanly(birthday.normalise(TestCells.number(19900311d), NO_HINTS))).isEqualTo("1990-03-11");
    }

    @Test
    void birthdaysInTheFutureOrBefore1900AreSentWithAWarning() {
        Normalised future = normalise("2026-03-16", NO_HINTS);
        assertThat(onlyWarning(future).code()).isEqualTo("date_in_future");
        assertThat(onlyWarning(future).message()).isEqualTo(
                "\u201C2026-03-16\u201D is in the future. Check it; it will be sent as 2026-03-16.");
        assertThat(sentCleanly(normalise("2026-03-15", NO_HINTS))).isEqualTo("2026-03-15");
        Normalised old = normalise("31.12.1899", order(DateOrder.DMY));
        assertThat(onlyWarning(old).code()).isEqualTo("date_before_1900");
        assertThat(onlyWarning(old).message()).isEqualTo(
                "\u201C31.12.1899\u201D is before 1900. Check it; it will be sent as 1899-12-31.");
        assertThat(sentCleanly(normalise("01.01.1900", order(DateOrder.DMY)))).isEqualTo("1900-01-01");
    }
}
