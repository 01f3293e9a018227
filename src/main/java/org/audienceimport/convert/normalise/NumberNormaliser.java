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
            return new Normalised.Invalid("integer_fraction", Texts.quote(text)
                    + " is not a whole number. This field takes whole numbers only; round the value in the file.");
        }
        return Normalised.Value.of(exact);
    }

    private static Object whole(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    private Normalised notANumber(String text) {
        String expected = integer ? "a whole number such as 1500" : "a number such as 1500 or 7.62";
        return new Normalised.Invalid("number_invalid", Texts.quote(text) + " is not a number. Write "
                + expected + ", without currency signs, units or letters.");
    }

    private static Warning commaWarning(String text, BigDecimal value) {
        return new Warning("number_comma_thousands", Texts.quote(text) + " was read as " + value.toPlainString()
                + " (the comma taken as a thousands separator). If a decimal was meant, write it with a point, as in "
                + text.replace(',', '.') + ".");
    }
}
