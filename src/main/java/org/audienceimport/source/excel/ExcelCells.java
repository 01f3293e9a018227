package org.audienceimport.source.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 * format gives the full plain number as the text (phones typed as numbers must not become 4.40011E+12),
 * and so do Text ({@code @}) and General with a colour or locale prefix, which Excel draws as General;
 * any other format gives the text the spreadsheet shows (a zip code formatted 00000 reads 04001).
 *
 * <p>Speed matters here (it runs for every numeric cell of a million-row sheet), so each format is
 * classified once and General numbers, by far the most common, never go through DataFormatter.
 */
public final class ExcelCells {

    private static final String GENERAL = "General";
    private static final double EXACT_INTEGERS_BELOW = 1e15;

    private enum FormatKind { GENERAL, DATE, SCIENTIFIC, OTHER }

    /** A format's kind and, for dates, how to have DataFormatter draw it the way Excel does. */
    private record Classified(FormatKind kind, ExcelDateFormat date) {
    }

    private record FormatKey(int index, String format) {
    }

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final Map<FormatKey, Classified> kinds = new HashMap<>();
    private final boolean date1904;
    private int lastIndex = -1;
    private String lastFormat;
    private Classified lastKind;

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
        if (!Double.isFinite(value)) {
            return Cell.text(Double.toString(value));
        }
        Classified classified = kindOf(formatIndex, format);
        FormatKind kind = classified.kind();
        if (kind == FormatKind.GENERAL) {
            return general(value);
        }
        if (kind == FormatKind.DATE && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
            ExcelDateFormat excel = classified.date();
            String formatted = formatter.formatRawCellContents(value, formatIndex, excel.format(), date1904);
            return Cell.date(dateTime, excel.finish(formatted));
        }
        BigDecimal decimal = CellTexts.decimal(value);
        String formatted = formatter.formatRawCellContents(value, formatIndex, format, date1904);
        String text = kind == FormatKind.SCIENTIFIC ? CellTexts.plainNumber(decimal) : formatted;
        return Cell.number(decimal, text, formatted);
    }

    private static Cell general(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS_BELOW) {
            long whole = (long) value;
            String text = Long.toString(whole);
            BigDecimal decimal = BigDecimal.valueOf(whole).stripTrailingZeros();
            String formatted = Math.abs(whole) < 100_000_000_000L ? text : GeneralFormat.format(decimal);
            return Cell.number(decimal, text, formatted);
        }
        BigDecimal decimal = CellTexts.decimal(value);
        return Cell.number(decimal, CellTexts.plainNumber(decimal), GeneralFormat.format(decimal));
    }

    private Classified kindOf(int formatIndex, String format) {
        // Consecutive cells mostly share a format: skip the map lookup then.
        if (formatIndex == lastIndex && format.equals(lastFormat)) {
            return lastKind;
        }
        Classified kind = kinds.computeIfAbsent(new FormatKey(formatIndex, format), key -> classify(key.index(), key.format()));
        lastIndex = formatIndex;
        lastFormat = format;
        lastKind = kind;
        return kind;
    }

    private static Classified classify(int formatIndex, String format) {
        if (isGeneral(format) || drawsAsGeneral(format)) {
            return new Classified(FormatKind.GENERAL, null);
        }
        if (DateUtil.isADateFormat(formatIndex, format)) {
            return new Classified(FormatKind.DATE, ExcelDateFormat.of(format));
        }
        return new Classified(format.toUpperCase(Locale.ROOT).contains("E+") ? FormatKind.SCIENTIFIC : FormatKind.OTHER, null);
    }

    /**
     * Formats that draw a number the General way: Text ({@code @}, often set on a column of phones
     * after they were typed as numbers) and General with a colour or locale such as {@code [$-409]General}.
     */
    private static boolean drawsAsGeneral(String format) {
        int sectionEnd = format.indexOf(';');
        String first = (sectionEnd < 0 ? format : format.substring(0, sectionEnd)).replaceAll("\\[[^\\]]*\\]", "").strip();
        return first.equals("@") || first.equalsIgnoreCase(GENERAL);
    }

    public static boolean isGeneral(String format) {
        return format.equalsIgnoreCase(GENERAL) || format.isEmpty();
    }
}
