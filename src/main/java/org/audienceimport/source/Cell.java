package org.audienceimport.source;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell: its typed value and its text.
 *
 * <p>{@link #text()} is what the rest of the app works with: the value as the user means it, with no
 * precision lost (a phone stored as a number reads {@code 4400114527199}, never {@code 4.40011E+12}
 * or {@code 4400114527199.0}; a date reads {@code 2020-06-08} or {@code 2020-06-08 13:45:00}).
 * {@link #formatted()} is the cell exactly as the spreadsheet program draws it with its number
 * format, for previews.
 */
public record Cell(Kind kind, String text, Object value, String formatted) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final Cell BLANK = new Cell(Kind.BLANK, "", null, "");

    public Cell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(formatted, "formatted");
    }

    public static Cell text(String text) {
        return text.isEmpty() ? BLANK : new Cell(Kind.TEXT, text, text, text);
    }

    public static Cell number(BigDecimal number, String text, String formatted) {
        return new Cell(Kind.NUMBER, text, number, formatted);
    }

    public static Cell date(LocalDateTime dateTime, String formatted) {
        return new Cell(Kind.DATE, CellTexts.isoDate(dateTime), dateTime, formatted);
    }

    public static Cell bool(boolean value) {
        String text = value ? "TRUE" : "FALSE";
        return new Cell(Kind.BOOLEAN, text, value, text);
    }

    /** An error cell such as {@code #N/A}: empty for the app, the code kept for the warning. */
    public static Cell error(String errorCode) {
        return new Cell(Kind.ERROR, "", errorCode, errorCode);
    }

    /** True when the cell holds nothing a user would see as a value (blank, error, or only spaces). */
    public boolean isEmpty() {
        return text.isBlank();
    }

    public BigDecimal number() {
        return kind == Kind.NUMBER ? (BigDecimal) value : null;
    }

    public LocalDateTime dateTime() {
        return kind == Kind.DATE ? (LocalDateTime) value : null;
    }

    public Boolean bool() {
        return kind == Kind.BOOLEAN ? (Boolean) value : null;
    }

    public String errorCode() {
        return kind == Kind.ERROR ? (String) value : null;
    }
}
