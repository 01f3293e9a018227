package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;

/** Dates written in any supported style and order read back as the same date, and are never misread. */
class DateProperties {

    private final ValueNormalisers normalisers = new ValueNormalisers();
    private final ValueNormaliser birthday = normalisers.forKind(FieldKind.DATE);
    private final ValueNormaliser customDate = normalisers.forCustom(CustomType.DATE, Optional.empty());

    enum Style {
        ISO("uuuu-MM-dd", DateOrder.DMY, Locale.ROOT),
        DOTS("dd.MM.uuuu", DateOrder.DMY, Locale.ROOT),
        SLASHES_DAY_FIRST("d/M/uuuu", DateOrder.DMY, Locale.ROOT),
        SLASHES_MONTH_FIRST("MM/dd/uuuu", DateOrder.MDY, Locale.ROOT),
        DASHES_MONTH_FIRST("M-d-uu", DateOrder.MDY, Locale.ROOT),
        TWO_DIGIT_YEAR_FIRST("uu.MM.dd", DateOrder.YMD, Locale.ROOT),
        ENGLISH("d MMMM uuuu", DateOrder.MDY, Locale.ENGLISH),
        ENGLISH_US("MMMM d, uuuu", DateOrder.DMY, Locale.ENGLISH),
        ENGLISH_SHORT("dd-MMM-uu", DateOrder.DMY, Locale.ENGLISH),
        RUSSIAN("d MMMM uuuu '\u0433.'", DateOrder.MDY, Locale.forLanguageTag("ru")),
        RUSSIAN_SHORT("d MMM uuuu", DateOrder.DMY, Locale.forLanguageTag("ru"));

        final DateTimeFormatter format;
        final DateOrder order;

        Style(String pattern, DateOrder order, Locale locale) {
            this.format = DateTimeFormatter.ofPattern(pattern, locale);
            this.order = order;
        }
    }

    @Property(tries = 500)
    void birthdaysReadBackInTheirOrder(@ForAll("birthdays") LocalDate date, @ForAll Style style) {
        String written = style.format.format(date);
        Normalised result = birthday.normalise(Cell.text(written), TestCells.order(style.order));
        assertThat(result).as(written).isEqualTo(Normalised.Value.of(date.toString()));
    }

    @Property(tries = 500)
    void withoutAnOrderADateIsReadRightOrRefusedAsAmbiguousNeverMisread(@ForAll("birthdays") LocalDate date,
                                                                       @ForAll boolean dayFirst) {
        String written = DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/uuuu" : "MM/dd/uuuu").format(date);
        Normalised result = birthday.normalise(Cell.text(written), TestCells.NO_HINTS);
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            assertThat(result).as(written).isInstanceOfSatisfying(Normalised.Invalid.class,
                    invalid -> assertThat(invalid.code()).isEqualTo("date_ambiguous"));
        } else {
            assertThat(result).as(written).isEqualTo(Normalised.Value.of(date.toString()));
        }
    }

    @Property(tries = 300)
    void dateTimesReadBack(@ForAll("dateTimes") LocalDateTime dateTime) {
        String expected = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").format(dateTime);
        for (String pattern : new String[] {"dd.MM.uuuu HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss", "M/d/uuuu h:mm:ss a"}) {
            String written = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(dateTime);
            NormaliseContext context = TestCells.order(pattern.startsWith("M") ? DateOrder.MDY : DateOrder.DMY);
            assertThat(customDate.normalise(Cell.text(written), context)).as(written).isEqualTo(Normalised.Value.of(expected));
        }
    }

    @Provide
    Arbitrary<LocalDate> birthdays() {
        // Two-digit years of birthdays stand for the latest such year not after today: 1927 to 2026.
        return Arbitraries.longs()
                .between(LocalDate.of(1927, 1, 1).toEpochDay(), TestCells.TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        return Arbitraries.longs()
                .between(LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                        LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
    }
}
