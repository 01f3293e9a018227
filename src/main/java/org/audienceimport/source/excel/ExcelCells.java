package org.audienceimport.source.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.audienceimport.source.Cell;
import org.audienceimport.source.CellTexts;

/**
 * Turns a numeric spreadsheet cell and its number format into a {@link Cell}, the same way for .xls and
 * .xlsx. Not thread-safe: one per reader.
 *
 * <p>Rules: a date format makes a date (honouring the 1904 date system); a General or scientific
 * format gives the full plain number as the text (phones typed as numbers must not become 4.40011E+12);
 * any other format gives the text the spreadsheet shows (a zip code formatted 00000 reads 04001).
 */
public final class ExcelCells {

    private static final String GENERAL = "General";

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;

    public ExcelCells(boolean date1904) {
        this.date1904 = date1904;
    }

    public boolean date1904() {
        return date1904;
    }

    public Cell number(double value, int formatIndex, String formatString) {
        String format = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        if (format == null) {
            format = GENERAL;
        }
        if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
            return Cell.date(dateTime, formatter.formatRawCellContents(value, formatIndex, format, date1904));
        }
        BigDecimal decimal = CellTexts.decimal(value);
        String plain = CellTexts.plainNumber(decimal);
        String formatted = formatter.formatRawCellContents(value, formatIndex, format, date1904);
        boolean keepPlain = isGeneral(format) || format.toUpperCase(Locale.ROOT).contains("E+");
        return Cell.number(decimal, keepPlain ? plain : formatted, formatted);
    }

    public static boolean isGeneral(String format) {
        return format.equalsIgnoreCase(GENERAL) || format.isEmpty();
    }
}
