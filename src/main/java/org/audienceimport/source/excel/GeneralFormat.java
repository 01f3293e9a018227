package org.audienceimport.source.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Excel's "General" number format, as a cell or TEXT(x, "General") shows it: at most 11 characters
 * besides the minus sign, so 1234567.891 stays whole, 1.2345678912 becomes 1.234567891, and numbers of
 * 1E+11 and above (or below 1E-9) switch to scientific notation with up to six significant digits:
 * a phone typed as a number, 4400114527199, shows as 4.40011E+12.
 */
final class GeneralFormat {

    private static final int WIDTH = 11;
    private static final BigDecimal SCIENTIFIC_ABOVE = new BigDecimal("1E11");
    private static final BigDecimal SCIENTIFIC_BELOW = new BigDecimal("1E-9");

    private GeneralFormat() {
    }

    /** @param number the cell's value, already cut to the 15 significant digits spreadsheets keep */
    static String format(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal magnitude = number.abs();
        String sign = number.signum() < 0 ? "-" : "";
        if (magnitude.compareTo(SCIENTIFIC_ABOVE) >= 0 || magnitude.compareTo(SCIENTIFIC_BELOW) < 0) {
            return sign + scientific(magnitude);
        }
        int integerDigits = Math.max(1, magnitude.precision() - magnitude.scale());
        int decimals = Math.max(0, WIDTH - integerDigits - 1);
        BigDecimal rounded = magnitude.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.compareTo(SCIENTIFIC_ABOVE) >= 0) {
            return sign + scientific(magnitude);
        }
        if (rounded.signum() == 0) {
            return "0";
        }
        return sign + rounded.stripTrailingZeros().toPlainString();
    }

    /** 1.12346E+11, 1E-10: a mantissa of up to six significant digits and a two-digit exponent at least. */
    private static String scientific(BigDecimal magnitude) {
        int exponent = magnitude.precision() - magnitude.scale() - 1;
        BigDecimal mantissa = magnitude.movePointLeft(exponent).setScale(5, RoundingMode.HALF_UP);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            mantissa = mantissa.movePointLeft(1).setScale(5, RoundingMode.HALF_UP);
            exponent++;
        }
        String digits = mantissa.stripTrailingZeros().toPlainString();
        int size = Math.abs(exponent);
        return digits + (exponent < 0 ? "E-" : "E+") + (size < 10 ? "0" : "") + size;
    }
}
