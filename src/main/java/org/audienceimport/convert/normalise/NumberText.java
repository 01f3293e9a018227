package org.audienceimport.convert.normalise;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type: {@code 1500}, {@code 1 500} (also with no-break or narrow spaces),
 * {@code 1,500}, {@code 7,62}, {@code 7.62}, {@code 1.234,56}, {@code 1,234.56}, {@code -5}, {@code 1.5E3}.
 *
 * <p>The one real ambiguity is a single comma followed by exactly three digits ({@code 1,123}): it is read
 * as a thousands separator (1123), the way spreadsheets and CRMs export counts, and flagged so a decimal
 * field can warn. A group separator must separate groups of three digits; anything else is not a number.
 */
final class NumberText {

    /** Beyond this many digits on either side of the point the value is not a count or an amount. */
    private static final int MAX_DIGITS = 60;

    private static final Pattern EXPONENT = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+-]?\\d{1,3}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("[1-9]\\d{0,2},\\d{3}");

    /** The number read, and whether a lone comma was taken as a thousands separator. */
    record Reading(BigDecimal value, boolean commaReadAsThousands) {
    }

    private NumberText() {
    }

    /** The number, or null when the text is not one. */
    static Reading parse(String trimmed) {
        String text = trimmed;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '\u2212' || text.charAt(0) == '+')) {
            negative = text.charAt(0) != '+';
            text = text.substring(1);
        }
        if (text.isEmpty() || text.length() > 3 * MAX_DIGITS) {
            return null;
        }
        if (EXPONENT.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            return withinBounds(value) ? new Reading(negative ? value.negate() : value, false) : null;
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        int mark;
        boolean commaThousands = false;
        if (comma >= 0 && dot >= 0) {
            mark = Math.max(comma, dot);
        } else if (comma >= 0) {
            commaThousands = text.indexOf(',') != comma || COMMA_THOUSANDS.matcher(text).matches();
            mark = commaThousands ? -1 : comma;
        } else if (dot >= 0) {
            mark = text.indexOf('.') != dot ? -1 : dot;
        } else {
            mark = -1;
        }
        String whole = mark < 0 ? text : text.substring(0, mark);
        String fraction = mark < 0 ? "" : text.substring(mark + 1);
        if (mark >= 0 && !DIGITS.matcher(fraction).matches()) {
            return null;
        }
        String wholeDigits = ungroup(whole, mark >= 0);
        if (wholeDigits == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? wholeDigits : wholeDigits + "." + fraction);
        if (!withinBounds(value)) {
            return null;
        }
        return new Reading(negative ? value.negate() : value, commaThousands && text.indexOf(',') == comma);
    }

    /** The digits of the whole part, its group separators removed; null when they do not group by three. */
    private static String ungroup(String whole, boolean hasFraction) {
        if (whole.isEmpty()) {
            return hasFraction ? "0" : null;
        }
        if (DIGITS.matcher(whole).matches()) {
            return whole;
        }
        char separator = 0;
        StringBuilder digits = new StringBuilder(whole.length());
        int groupLength = 0;
        boolean firstGroup = true;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                groupLength++;
                continue;
            }
            if (!isGroupSeparator(c) || (separator != 0 && !sameSeparator(separator, c))) {
                return null;
            }
            if (firstGroup ? groupLength < 1 || groupLength > 3 : groupLength != 3) {
                return null;
            }
            separator = c;
            firstGroup = false;
            groupLength = 0;
        }
        return groupLength == 3 ? digits.toString() : null;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u2019' || isSpaceSeparator(c);
    }

    private static boolean isSpaceSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Different kinds of space may mix in one number (pasted from web pages); other separators may not. */
    private static boolean sameSeparator(char a, char b) {
        return a == b || (isSpaceSeparator(a) && isSpaceSeparator(b));
    }

    private static boolean withinBounds(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }
}
