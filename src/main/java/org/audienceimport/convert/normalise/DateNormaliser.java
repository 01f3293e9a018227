package org.audienceimport.convert.normalise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.source.Cell;

/**
 * Dates: {@code YYYY-MM-DD} for birthdays, or {@code YYYY-MM-DD hh:mm:ss} (24 h) for custom date
 * properties, from date cells or from text read by {@link DateText}.
 *
 * <p>Birthdays drop any time of day, complete two-digit years to the latest year not in the future, and
 * warn about dates in the future or before 1900. Custom dates use Excel's two-digit-year rule (so
 * {@code 31.12.29} is 2029) and midnight for a date without a time.
 */
final class DateNormaliser implements ValueNormaliser {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    private final boolean withTime;

    private DateNormaliser(boolean withTime) {
        this.withTime = withTime;
    }

    static DateNormaliser birthdays() {
        return new DateNormaliser(false);
    }

    static DateNormaliser dateTimes() {
        return new DateNormaliser(true);
    }

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = Texts.trim(cell.text());
        if (cell.kind() == Cell.Kind.DATE) {
            return value(text, roundedToSeconds(cell.dateTime()), context);
        }
        if (cell.kind() != Cell.Kind.TEXT && !(cell.kind() == Cell.Kind.NUMBER && text.length() == 8)) {
            return new Normalised.Invalid("date_invalid", Texts.quote(text) + " is a " + describe(cell.kind())
                    + ", not a date. Format the column as dates in the spreadsheet, or write dates like 1990-03-11.");
        }
        DateText.Century century = withTime ? DateText.Century.EXCEL : DateText.Century.NOT_IN_FUTURE;
        DateText.Result result = DateText.parse(text, context.dateOrder(), century, context.today());
        return switch (result) {
            case DateText.Parsed parsed -> value(text,
                    LocalDateTime.of(parsed.date(), parsed.time() == null ? LocalTime.MIDNIGHT : parsed.time()), context);
            case DateText.Ambiguous ambiguous -> new Normalised.Invalid("date_ambiguous", Texts.quote(text)
                    + " could be " + spelled(ambiguous.dayFirst()) + " or " + spelled(ambiguous.monthFirst())
                    + ". Choose the date order (day/month/year or month/day/year) for this file.");
            case DateText.Impossible impossible -> new Normalised.Invalid("date_invalid", Texts.quote(text)
                    + " is not a real date" + impossible.inOrder().map(o -> " when read as " + spelled(o)).orElse("")
                    + ". Check the day and the month.");
            case DateText.NotADate notADate -> new Normalised.Invalid("date_invalid", Texts.quote(text)
                    + " is not a date the app can read. Write it like 1990-03-11 or 11.03.1990.");
        };
    }

    private Normalised value(String text, LocalDateTime dateTime, NormaliseContext context) {
        if (withTime) {
            return Normalised.Value.of(DATE_TIME.format(dateTime));
        }
        LocalDate date = dateTime.toLocalDate();
        Normalised.Value value = Normalised.Value.of(date.toString());
        if (date.isAfter(context.today())) {
            return value.withWarning(new Warning("date_in_future", Texts.quote(text)
                    + " is in the future. Check it; it will be sent as " + date + "."));
        }
        if (date.isBefore(EARLIEST_BIRTHDAY)) {
            return value.withWarning(new Warning("date_before_1900", Texts.quote(text)
                    + " is before 1900. Check it; it will be sent as " + date + "."));
        }
        return value;
    }

    /** Spreadsheets store times as fractions of a day; round as they display them. */
    private static LocalDateTime roundedToSeconds(LocalDateTime dateTime) {
        LocalDateTime seconds = dateTime.withNano(0);
        return dateTime.getNano() >= 500_000_000 ? seconds.plusSeconds(1) : seconds;
    }

    private static String spelled(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + date.getYear();
    }

    private static String spelled(DateOrder order) {
        return switch (order) {
            case DMY -> "day/month/year";
            case MDY -> "month/day/year";
            case YMD -> "year/month/day";
        };
    }

    private static String describe(Cell.Kind kind) {
        return switch (kind) {
            case NUMBER -> "number";
            case BOOLEAN -> "yes/no value";
            default -> "value";
        };
    }
}
