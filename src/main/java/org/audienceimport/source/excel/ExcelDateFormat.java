package org.audienceimport.source.excel;

/**
 * Adjusts a date format where POI's DataFormatter draws it differently from Excel: a lone {@code y}
 * is a two-digit year in Excel (POI prints four), and {@code a/p} prints a single "a" or "p" in the
 * case written (POI prints AM/PM). Quoted and backslash-escaped literal text is left alone.
 *
 * @param format         the format to hand to DataFormatter
 * @param halfDayLetter  'a' or 'A' when AM/PM in the output must be cut to one letter of that case, else 0
 */
record ExcelDateFormat(String format, char halfDayLetter) {

    static ExcelDateFormat of(String excelFormat) {
        StringBuilder out = new StringBuilder(excelFormat.length() + 4);
        char halfDay = 0;
        int i = 0;
        int length = excelFormat.length();
        while (i < length) {
            char c = excelFormat.charAt(i);
            if (c == '"') {
                int end = excelFormat.indexOf('"', i + 1);
                end = end < 0 ? length : end + 1;
                out.append(excelFormat, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < length) {
                out.append(excelFormat, i, i + 2);
                i += 2;
            } else if (c == 'y' || c == 'Y') {
                int end = i;
                while (end < length && (excelFormat.charAt(end) == 'y' || excelFormat.charAt(end) == 'Y')) {
                    end++;
                }
                out.append(end - i == 1 ? "yy" : excelFormat.substring(i, end));
                i = end;
            } else if ((c == 'a' || c == 'A') && excelFormat.regionMatches(true, i, "a/p", 0, 3)) {
                out.append("AM/PM");
                halfDay = c;
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return new ExcelDateFormat(out.toString(), halfDay);
    }

    /** DataFormatter's output with AM/PM cut to the single letter Excel shows for a/p. */
    String finish(String formatted) {
        if (halfDayLetter == 0) {
            return formatted;
        }
        boolean lower = halfDayLetter == 'a';
        return formatted.replace("AM", lower ? "a" : "A").replace("PM", lower ? "p" : "P");
    }
}
