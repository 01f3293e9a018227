package org.audienceimport.cli;

import java.util.Locale;

/** Reads a delimiter as people type it on a command line, where a bare tab or semicolon is awkward. */
final class Delimiters {

    private Delimiters() {
    }

    static char parse(String typed) throws BadOptionException {
        String value = typed.length() == 1 ? typed : typed.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "|", "pipe" -> '|';
            case "\t", "tab", "\\t" -> '\t';
            default -> throw new BadOptionException("Unknown delimiter \u201C" + typed
                    + "\u201D. Use one of: , ; | tab (or the words comma, semicolon, pipe, tab).");
        };
    }

    static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
