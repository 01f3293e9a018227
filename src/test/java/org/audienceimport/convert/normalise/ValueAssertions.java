package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

/** Short, readable checks on {@link Normalised} results. */
final class ValueAssertions {

    private ValueAssertions() {
    }

    /** The value sent, failing when the result is not a value. */
    static Object sent(Normalised result) {
        assertThat(result).as("expected a value to send").isInstanceOf(Normalised.Value.class);
        return ((Normalised.Value) result).value();
    }

    /** The value sent, failing when the result is not a value or carries a warning. */
    static Object sentCleanly(Normalised result) {
        Object value = sent(result);
        assertThat(result.warnings()).as("warnings on %s", value).isEmpty();
        return value;
    }

    static Normalised.Invalid refused(Normalised result) {
        assertThat(result).as("expected the value to be refused").isInstanceOf(Normalised.Invalid.class);
        return (Normalised.Invalid) result;
    }

    static Warning onlyWarning(Normalised result) {
        sent(result);
        assertThat(result.warnings()).hasSize(1);
        return result.warnings().get(0);
    }
}
