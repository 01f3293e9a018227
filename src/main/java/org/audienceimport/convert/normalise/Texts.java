package org.audienceimport.convert.normalise;

import java.util.Locale;
import java.util.Set;

/** Small text helpers shared by the normalisers. */
final class Texts {

    private static final int QUOTE_LIMIT = 60;

    /** What exports write for "no value"; for typed fields they mean an empty cell, not a bad value. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "null", "none", "nil", "n/a", "#n/a", "-", "--", "\u2013", "\u2014");

    private Texts() {
    }

    /**
     * Strips whitespace including the no-break, narrow and zero-width spaces and the byte-order mark
     * that copy-paste from web pages and Word leaves around values ({@link String#strip()} keeps NBSP).
     */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isPlaceholder(String trimmed) {
        return trimmed.length() <= 4 && PLACEHOLDERS.contains(trimmed.toLowerCase(Locale.ROOT));
    }

    /** The value in curly quotes for a message, shortened when long so a message stays readable. */
    static String quote(String value) {
        String shown = value.length() <= QUOTE_LIMIT ? value : value.substring(0, QUOTE_LIMIT - 1) + "\u2026";
        return "\u201C" + shown + "\u201D";
    }
}
