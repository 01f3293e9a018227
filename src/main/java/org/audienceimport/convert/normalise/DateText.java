package org.audienceimport.convert.normalise;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.audienceimport.mapping.DateOrder;

/**
 * Reads the dates people type. Accepted, each optionally followed by a time ({@code 14:05},
 * {@code 14:05:33}, {@code 2:05 PM}, ISO {@code T14:05:33Z}; a zone or offset is ignored and the time taken
 * as written):
 * <ul>
 *   <li>year first: {@code 1990-03-11}, {@code 1990/3/11}, {@code 1990.03.11}, {@code 19900311};</li>
 *   <li>year last with {@code .}, {@code /} or {@code -}: {@code 11.03.1990}, {@code 03/11/1990},
 *       {@code 11-03-90}, read by the {@link DateOrder} (see below);</li>
 *   <li>month names in English and Russian: {@code 11 March 1990}, {@code March 11, 1990},
 *       {@code 11-Mar-90}, {@code 11 марта 1990 г.}, {@code 11 мар 1990}, {@code Sun, 11 Mar 1990};</li>
 *   <li>two-digit-year-first ({@code 90.03.11}) only when the order is {@link DateOrder#YMD}.</li>
 * </ul>
 * A year-last date whose first two numbers are both 12 or less and differ ({@code 03/04/1990}) needs the
 * order: with DMY or MDY it is read that way; without one it is {@link Ambiguous}, never guessed. A date
 * that is impossible in the order given ({@code 13/05/1990} as MDY) is {@link Impossible}.
 */
final class DateText {

    /** How a two-digit year gets its century. */
    enum Century {
        /** The latest year not after today's: right for birthdays ({@code 05} is 2005, {@code 85} is 1985). */
        NOT_IN_FUTURE,
        /** Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999. */
        EXCEL
    }

    sealed interface Result permits Parsed, Ambiguous, Impossible, NotADate {
    }

    /** @param time null when the text has no time */
    record Parsed(LocalDate date, LocalTime time) implements Result {
    }

    record Ambiguous(LocalDate dayFirst, LocalDate monthFirst) implements Result {
    }

    /** @param inOrder the order the date was read in when another order would have made it real */
    record Impossible(Optional<DateOrder> inOrder) implements Result {
    }

    record NotADate() implements Result {
    }

    private static final Pattern YEAR_WORD = Pattern.compile("(\\d)\\s*(?:\u0433\\.|\u0433\u043E\u0434\u0430|\u0433)(?=[\\s,]|$)");
    private static final Pattern TIME = Pattern.compile(
            "(?:t|[\\s,])+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
                    + "\\s*(?:z|utc|gmt|[+\\-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./\\-])(\\d{1,2})\\2(\\d{1,4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}|\\d{2}");

    private DateText() {
    }

    static Result parse(String text, Optional<DateOrder> order, Century century, LocalDate today) {
        Result common = commonShape(text, order, century, today);
        if (common != null) {
            return common;
        }
        String lower = YEAR_WORD.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll("$1");
        LocalTime time = null;
        Matcher timeMatch = TIME.matcher(lower);
        if (timeMatch.find() && timeMatch.start() > 0) {
            time = time(timeMatch);
            if (time == null) {
                return new NotADate();
            }
            lower = lower.substring(0, timeMatch.start());
        }
        Result date = date(stripTrailingComma(lower), order, century, today);
        return date instanceof Parsed parsed ? new Parsed(parsed.date(), time) : date;
    }

    /**
     * The shapes most files use ({@code 11.03.1990}, {@code 11/03/1990}, {@code 1990-03-11}, each with an
     * optional {@code 14:05} or {@code 14:05:30}), read without regular expressions: they are most of a
     * million-row file's dates. Anything else, or anything odd, returns null and takes the general path.
     */
    private static Result commonShape(String text, Optional<DateOrder> order, Century century, LocalDate today) {
        int length = text.length();
        if (length != 10 && length != 16 && length != 19) {
            return null;
        }
        char first = text.charAt(2);
        boolean dayOrMonthFirst = (first == '.' || first == '/' || first == '-') && text.charAt(5) == first;
        boolean yearFirst = text.charAt(4) == '-' && text.charAt(7) == '-';
        if (!(dayOrMonthFirst || yearFirst) || !digitsExcept(text, 0, 10, yearFirst ? 4 : 2, yearFirst ? 7 : 5)) {
            return null;
        }
        LocalTime time = null;
        if (length > 10) {
            if (text.charAt(10) != ' ' || text.charAt(13) != ':' || length == 19 && text.charAt(16) != ':'
                    || !digitsExcept(text, 11, length, 13, 16)) {
                return null;
            }
            int hour = Integer.parseInt(text, 11, 13, 10);
            int minute = Integer.parseInt(text, 14, 16, 10);
            int second = length == 19 ? Integer.parseInt(text, 17, 19, 10) : 0;
            if (hour > 23 || minute > 59 || second > 59) {
                return null;
            }
            time = LocalTime.of(hour, minute, second);
        }
        Result date = yearFirst
                ? numeric(text.substring(0, 4), text.substring(5, 7), text.substring(8, 10), order, century, today)
                : numeric(text.substring(0, 2), text.substring(3, 5), text.substring(6, 10), order, century, today);
        return date instanceof Parsed parsed ? new Parsed(parsed.date(), time) : date;
    }

    private static boolean digitsExcept(String text, int from, int to, int skipA, int skipB) {
        for (int i = from; i < to; i++) {
            if (i != skipA && i != skipB && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first two numbers of a year-last numeric date ({@code 11/03/1990} gives 11 and 3), for
     * {@link DateOrderInference}; null for any other text.
     */
    static int[] yearLastParts(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        Matcher timeMatch = TIME.matcher(lower);
        if (timeMatch.find() && timeMatch.start() > 0) {
            lower = lower.substring(0, timeMatch.start());
        }
        Matcher m = NUMERIC.matcher(YEAR_WORD.matcher(lower).replaceAll("$1").strip());
        if (!m.matches() || m.group(1).length() > 2 || m.group(4).length() == 1 || m.group(4).length() == 3) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))};
    }

    private static String stripTrailingComma(String text) {
        String stripped = text.strip();
        return stripped.endsWith(",") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return hour <= 23 && minute <= 59 && second <= 59 ? LocalTime.of(hour, minute, second) : null;
    }

    private static Result date(String text, Optional<DateOrder> order, Century century, LocalDate today) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return numeric(numeric.group(1), numeric.group(3), numeric.group(4), order, century, today);
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            int year = Integer.parseInt(compact.group(1));
            if (year < 1800 || year > 2199) {
                return new NotADate();
            }
            return real(year, Integer.parseInt(compact.group(2)), Integer.parseInt(compact.group(3)));
        }
        return withMonthName(text, century, today);
    }

    private static Result numeric(String first, String second, String third, Optional<DateOrder> order,
                                  Century century, LocalDate today) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (first.length() == 4 && third.length() <= 2) {
            return real(a, b, Integer.parseInt(third));
        }
        if (first.length() == 3 || third.length() == 3 || third.length() == 1 || first.length() == 4) {
            return new NotADate();
        }
        if (third.length() == 2 && order.orElse(null) == DateOrder.YMD) {
            return real(fullYear(a, century, today), b, Integer.parseInt(third));
        }
        int year = third.length() == 2 ? fullYear(Integer.parseInt(third), century, today) : Integer.parseInt(third);
        LocalDate dayFirst = date(year, b, a);
        LocalDate monthFirst = date(year, a, b);
        DateOrder chosen = order.filter(o -> o != DateOrder.YMD).orElse(null);
        if (chosen == DateOrder.DMY) {
            return dayFirst != null ? new Parsed(dayFirst, null) : impossible(monthFirst, DateOrder.DMY);
        }
        if (chosen == DateOrder.MDY) {
            return monthFirst != null ? new Parsed(monthFirst, null) : impossible(dayFirst, DateOrder.MDY);
        }
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            return new Ambiguous(dayFirst, monthFirst);
        }
        LocalDate either = dayFirst != null ? dayFirst : monthFirst;
        return either != null ? new Parsed(either, null) : new Impossible(Optional.empty());
    }

    private static Result impossible(LocalDate otherReading, DateOrder order) {
        return new Impossible(otherReading != null ? Optional.of(order) : Optional.empty());
    }

    private static Result withMonthName(String text, Century century, LocalDate today) {
        List<String> tokens = new ArrayList<>(List.of(text.replaceAll("(?<=\\p{L})\\.", " ").split("[\\s,/\\-]+")));
        tokens.removeIf(String::isEmpty);
        if (tokens.size() == 4 && MonthNames.isWeekday(tokens.get(0))) {
            tokens.remove(0);
        }
        if (tokens.size() != 3) {
            return new NotADate();
        }
        int monthAt = -1;
        for (int i = 0; i < 3; i++) {
            if (MonthNames.month(tokens.get(i)) > 0) {
                monthAt = i;
            }
        }
        if (monthAt < 0) {
            return new NotADate();
        }
        int month = MonthNames.month(tokens.get(monthAt));
        if (monthAt == 1 && tokens.get(0).length() == 4) {
            return yearMonthDay(tokens.get(0), month, tokens.get(2), century, today);
        }
        if (monthAt == 2) {
            return new NotADate();
        }
        String day = monthAt == 0 ? tokens.get(1) : tokens.get(0);
        return yearMonthDay(tokens.get(2), month, day, century, today);
    }

    private static Result yearMonthDay(String yearToken, int month, String dayToken, Century century, LocalDate today) {
        Matcher day = DAY.matcher(dayToken);
        if (!YEAR.matcher(yearToken).matches() || !day.matches()) {
            return new NotADate();
        }
        int year = Integer.parseInt(yearToken);
        return real(yearToken.length() == 2 ? fullYear(year, century, today) : year, month, Integer.parseInt(day.group(1)));
    }

    private static Result real(int year, int month, int day) {
        LocalDate date = date(year, month, day);
        return date != null ? new Parsed(date, null) : new Impossible(Optional.empty());
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static int fullYear(int twoDigits, Century century, LocalDate today) {
        if (century == Century.EXCEL) {
            return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
        }
        return 2000 + twoDigits <= today.getYear() ? 2000 + twoDigits : 1900 + twoDigits;
    }
}
