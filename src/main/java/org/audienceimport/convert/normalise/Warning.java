package org.audienceimport.convert.normalise;

import java.util.Objects;

import org.audienceimport.text.Text;

/**
 * Something about a value that is sent anyway but deserves a look.
 *
 * @param code    stable lower_snake identifier, e.g. {@code email_domain_typo}
 * @param text    for the marketer: what looks wrong and what happens to the value
 */
public record Warning(String code, Text text) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    static Warning of(String code, String key, Object... args) {
        return new Warning(code, Text.of(key, args));
    }

    /** The warning in English, as the command line and the error report show it. */
    public String message() {
        return text.english();
    }
}
