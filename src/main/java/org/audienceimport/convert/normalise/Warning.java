package org.audienceimport.convert.normalise;

import java.util.Objects;

/**
 * Something about a value that is sent anyway but deserves a look.
 *
 * @param code    stable lower_snake identifier, e.g. {@code email_domain_typo}
 * @param message for the marketer: what looks wrong and what happens to the value
 */
public record Warning(String code, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
