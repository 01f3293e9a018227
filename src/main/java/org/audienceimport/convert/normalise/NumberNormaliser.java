package org.audienceimport.convert.normalise;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.audienceimport.source.Cell;

/**
 * JSON numbers. Integer fields take whole numbers only ({@code 250.0} is 250, {@code 250.5} is refused);
 * decimal fields keep the exact decimal ({@code 7,62} is 7.62) with no trailing zeros or exponent.
 * Whole values are sent as {@code Long} (or {@code BigInteger} when larger), fractions as {@code BigDecimal}.
 */
final class NumberNormaliser implements ValueNormaliser {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final boolean integer;

    private NumberNormaliser(boolean integer) {
        this.integer = integer;
    }

    static NumberNormaliser integers() {
        return new NumberNormaliser(true);
    }

    static NumberNormaliser decimals() {
        return new NumberNormaliser(false);
    }

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = Texts.trim(cell.text());
        BigDecimal value;
        boolean commaReadAsThousands = false;
        if (cell.kind() == Cell.Kind.NUMBER) {
            value = cell.number();
        } else if (cell.kind() == Cell.Kind.TEXT) {
            NumberText.Reading reading = NumberText.parse(text);
            if (reading == null) {
                return notANumber(text);
            }
            value = reading.value();
            commaReadAsThousands = reading.commaReadAsThousands();
        } else {
            return notANumber(text);
        }
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() <= 0) {
            Normalised.Value result = Normalised.Value.of(whole(exact.toBigIntegerExact()));
            return commaReadAsThousands && !integer ? result.withWarning(commaWarning(text, exact)) : result;
        }
        if (integer) {
            return Normalised.Invalid.of("integer_fraction", "convert.number.fraction", Texts.quote(text));
        }
        return Normalised.Value.of(exact);
    }

    private static Object whole(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    private Normalised notANumber(String text) {
        return Normalised.Invalid.of("number_invalid", integer ? "convert.number.invalidWhole" : "convert.number.invalid",
                Texts.quote(text));
    }

    private static Warning commaWarning(String text, BigDecimal value) {
        return Warning.of("number_comma_thousands", "convert.number.commaThousands", Texts.quote(text),
                value.toPlainString(), text.replace(',', '.'));
    }
}
