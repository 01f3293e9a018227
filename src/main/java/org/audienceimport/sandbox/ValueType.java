package org.audienceimport.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON types the contract gives its known fields, each with the complaint a wrong value gets. */
enum ValueType {
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    STRING_OR_NUMBER("a string or a number"),
    GENDER("\"m\" or \"f\""),
    DATE("a date YYYY-MM-DD"),
    EMAIL("an email address such as name@example.com"),
    PHONE("digits only, in full international form (7 to 15 digits, no +, spaces or brackets)");

    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PHONE_FORM = Pattern.compile("\\d{7,15}");

    private final String expectation;

    ValueType(String expectation) {
        this.expectation = expectation;
    }

    /** Null when the value fits; otherwise {@code expected ..., got ...}. */
    String problem(JsonNode value) {
        return fits(value) ? null : "expected " + expectation + ", got " + Shown.value(value);
    }

    private boolean fits(JsonNode value) {
        return switch (this) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case STRING_OR_NUMBER -> value.isTextual() || value.isNumber();
            case GENDER -> value.isTextual() && (value.asText().equals("m") || value.asText().equals("f"));
            case DATE -> value.isTextual() && isDate(value.asText());
            case EMAIL -> value.isTextual() && isPlausibleAddress(value.asText());
            case PHONE -> value.isTextual() && PHONE_FORM.matcher(value.asText()).matches();
        };
    }

    private static boolean isDate(String text) {
        if (!DATE_FORM.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A deliberately loose check, like a server's: one {@code @}, something before it, a dotted domain after
     * it, no spaces. The app's own checks are stricter; the sandbox only catches what is plainly not an address.
     */
    static boolean isPlausibleAddress(String text) {
        int at = text.indexOf('@');
        if (at < 1 || at != text.lastIndexOf('@') || text.length() > 254 || at > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        String domain = text.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && dot < domain.length() - 1 && !domain.startsWith(".") && !domain.contains("..");
    }
}
