package org.audienceimport.convert.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.audienceimport.text.Text;

/**
 * What one cell becomes in the audience object: a value to send, nothing (the key is omitted), or a
 * value the app refuses with a reason a marketer can act on.
 */
public sealed interface Normalised permits Normalised.Value, Normalised.Empty, Normalised.Invalid {

    /** The one {@link Empty}: empty cells are omitted, never sent as {@code ""} or {@code null}. */
    Empty EMPTY = new Empty();

    /** Warnings about a value that is sent anyway; empty for {@link Empty} and {@link Invalid}. */
    default List<Warning> warnings() {
        return List.of();
    }

    /**
     * A value ready for Jackson's {@code JsonGenerator}: {@code String}, {@code Long}, {@code BigInteger},
     * {@code BigDecimal} (always with a fraction, no trailing zeros; write it with
     * {@code StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN} so tiny values never show an exponent),
     * {@code Boolean}, {@code List<String>} or a {@code JsonNode} (object or array).
     */
    record Value(Object value, List<Warning> warnings) implements Normalised {
        public Value {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }

        public static Value of(Object value) {
            return new Value(value, List.of());
        }

        public Value withWarning(Warning warning) {
            List<Warning> all = new ArrayList<>(warnings);
            all.add(warning);
            return new Value(value, all);
        }
    }

    /** Nothing to send: the key is left out of the object. */
    record Empty() implements Normalised {
    }

    /**
     * A value that cannot be sent.
     *
     * @param code    stable lower_snake identifier, e.g. {@code email_invalid}, for grouping in reports
     * @param text    for the marketer: what is wrong with the value and what to do
     */
    record Invalid(String code, Text text) implements Normalised {
        public Invalid {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
        }

        static Invalid of(String code, String key, Object... args) {
            return new Invalid(code, Text.of(key, args));
        }

        /** The reason in English, as the command line and the error report show it. */
        public String message() {
            return text.english();
        }
    }
}
