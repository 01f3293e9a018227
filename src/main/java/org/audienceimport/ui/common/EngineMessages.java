package org.audienceimport.ui.common;

import java.util.Locale;
import java.util.regex.Pattern;

import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.SourceException;
import org.audienceimport.text.Text;

/**
 * The engine's messages as the wizard shows them: in the wizard's language, and without the hints meant
 * for the command line ("(command line: --password)"), which mean nothing in a window.
 */
public final class EngineMessages {

    private static final Pattern COMMAND_LINE_HINT = Pattern.compile("\\s*\\(command line: [^)]*\\)");

    private EngineMessages() {
    }

    public static String forDesktop(Text text, Locale locale) {
        return text == null ? "" : forDesktop(text.in(locale));
    }

    public static String forDesktop(SourceException e, Locale locale) {
        return forDesktop(e.text(), locale);
    }

    public static String forDesktop(MappingException e, Locale locale) {
        return forDesktop(e.text(), locale);
    }

    /** An issue's stable code (email_invalid) in words of the language, or the code itself when it has none. */
    public static String issueCode(String code, Locale locale) {
        String key = "issue." + code;
        return Text.exists(key) ? Text.of(key).in(locale) : code;
    }

    /** A message the engine gives only in English (what a server or the operating system said). */
    public static String forDesktop(String message) {
        return message == null ? "" : COMMAND_LINE_HINT.matcher(message).replaceAll("");
    }
}
