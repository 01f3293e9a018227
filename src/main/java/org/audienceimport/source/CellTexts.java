package org.audienceimport.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The canonical texts of typed cell values, shared by every reader so all formats agree. */
public final class CellTexts {

    /** Spreadsheets keep 15 significant digits; anything past that is binary noise (0.1+0.2). */
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private CellTexts() {
    }

    /**
     * The number as a plain decimal with at most 15 significant digits, no exponent and no trailing
     * zeros: 4400114527199 for 4.400114527199E12, 100500 for 100500.0, 7.62 for 7.62.
     */
    public static String plainNumber(BigDecimal number) {
        BigDecimal rounded = number.round(SPREADSHEET_PRECISION).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** The number as stored in a spreadsheet (a double) turned into its exact decimal meaning. */
    public static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value)).round(SPREADSHEET_PRECISION).stripTrailingZeros();
    }

    /**
     * {@code yyyy-MM-dd} for a date at midnight, {@code yyyy-MM-dd HH:mm:ss} otherwise, seconds
     * rounded the way spreadsheets round them.
     */
    public static String isoDate(LocalDateTime dateTime) {
        LocalDateTime rounded = dateTime.getNano() >= 500_000_000
                ? dateTime.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)
                : dateTime.truncatedTo(ChronoUnit.SECONDS);
        String date = rounded.toLocalDate().toString();
        if (rounded.toLocalTime().toSecondOfDay() == 0) {
            return date;
        }
        return date + " " + String.format("%02d:%02d:%02d", rounded.getHour(), rounded.getMinute(), rounded.getSecond());
    }
}
