package org.audienceimport.source;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the header row among the first rows of a sheet. Exports often start with a title ("Customers,
 * March"), a date line or blank rows, so the header is the first row that is as wide as the data below
 * it and reads like labels rather than values.
 */
public final class HeaderDetector {

    /** How many leading non-blank rows are looked at. */
    public static final int ROWS_EXAMINED = 30;

    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[\\d\\s.,()]+%?");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}.*");

    private HeaderDetector() {
    }

    /**
     * The row number (as the user sees it) of the header among the given leading rows, which must be
     * in sheet order; blank rows are ignored. Returns the first non-blank row when none reads like a
     * header, and 1 for a sheet with no rows at all.
     */
    public static int detect(List<Row> leadingRows) {
        List<Row> rows = leadingRows.stream().filter(r -> !r.isBlank()).limit(ROWS_EXAMINED).toList();
        if (rows.isEmpty()) {
            return leadingRows.isEmpty() ? 1 : leadingRows.getFirst().number();
        }
        for (int i = 0; i < rows.size(); i++) {
            Row candidate = rows.get(i);
            int dataWidth = typicalWidth(rows.subList(i + 1, rows.size()));
            if (readsLikeHeader(candidate, dataWidth)) {
                return candidate.number();
            }
        }
        return rows.getFirst().number();
    }

    private static boolean readsLikeHeader(Row row, int dataWidth) {
        int filled = row.filledCount();
        boolean wideEnough = dataWidth == 0
                ? filled >= 1
                : filled >= Math.max(dataWidth == 1 ? 1 : 2, (int) Math.ceil(dataWidth * 0.6));
        if (!wideEnough) {
            return false;
        }
        int labels = 0;
        Set<String> distinct = new HashSet<>();
        for (Cell cell : row.cells()) {
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            String text = cell.text().strip();
            distinct.add(text.toLowerCase());
            if (cell.kind() == Cell.Kind.TEXT && isLabel(text)) {
                labels++;
            }
        }
        return labels * 10 >= filled * 8 && distinct.size() * 10 >= filled * 9;
    }

    private static boolean isLabel(String text) {
        return !NUMBER_LIKE.matcher(text).matches()
                && !DATE_LIKE.matcher(text).matches()
                && !(text.indexOf('@') > 0 && text.indexOf('.', text.indexOf('@')) > 0);
    }

    /** The median number of filled cells among the rows below a candidate. */
    private static int typicalWidth(List<Row> below) {
        if (below.isEmpty()) {
            return 0;
        }
        int[] widths = below.stream().limit(20).mapToInt(Row::filledCount).toArray();
        Arrays.sort(widths);
        return widths[widths.length / 2];
    }
}
