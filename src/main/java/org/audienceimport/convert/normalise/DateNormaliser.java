package org.audienceimport.convert.normalise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.source.Cell;
import org.audienceimport.text.Text;

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
            return Normalised.Invalid.of("date_invalid", switch (cell.kind()) {
                case NUMBER -> "convert.date.numberNotDate";
                case BOOLEAN -> "convert.date.booleanNotDate";
                default -> "convert.date.valueNotDate";
            }, Texts.quote(text));
        }
        DateText.Century century = withTime ? DateText.Century.EXCEL : DateText.Century.NOT_IN_FUTURE;
        DateText.Result result = DateText.parse(text, context.dateOrder(), century, context.today());
        return switch (result) {
            case DateText.Parsed parsed -> value(text,
                    LocalDateTime.of(parsed.date(), parsed.time() == null ? LocalTime.MIDNIGHT : parsed.time()), context);
            case DateText.Ambiguous ambiguous -> Normalised.Invalid.of("date_ambiguous", "convert.date.ambiguous",
                    Texts.quote(text), Text.date(ambiguous.dayFirst()), Text.date(ambiguous.monthFirst()));
            case DateText.Impossible impossible -> impossible.inOrder()
                    .map(order -> Normalised.Invalid.of("date_invalid", "convert.date.impossibleIn", Texts.quote(text), spelled(order)))
                    .orElseGet(() -> Normalised.Invalid.of("date_invalid", "convert.date.impossible", Texts.quote(text)));
            case DateText.NotADate notADate -> Normalised.Invalid.of("date_invalid", "convert.date.unreadable", Texts.quote(text));
        };
    }

    private Normalised value(String text, LocalDateTime dateTime, NormaliseContext context) {
        if (withTime) {
            return Normalised.Value.of(DATE_TIME.format(dateTime));
        }
        LocalDate date = dateTime.toLocalDate();
        Normalised.Value value = Normalised.Value.of(date.toString());
        if (date.isAfter(context.today())) {
            return value.withWarning(Warning.of("date_in_future", "convert.date.future", Texts.quote(text), date));
        }
        if (date.isBefore(EARLIEST_BIRTHDAY)) {
            return value.withWarning(Warning.of("date_before_1900", "convert.date.before1900", Texts.quote(text), date));
        }
        return value;
    }

    /** Spreadsheets store times as fractions of a day; round as they display them. */
    private static LocalDateTime roundedToSeconds(LocalDateTime dateTime) {
        LocalDateTime seconds = dateTime.withNano(0);
        return dateTime.getNano() >= 500_000_000 ? seconds.plusSeconds(1) : seconds;
    }

    private static Text spelled(DateOrder order) {
        return Text.of("convert.date.order." + order.name());
    }
}
