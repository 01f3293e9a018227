package org.audienceimport.convert.normalise;

import java.util.Optional;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.source.Cell;

/**
 * Finds whether a column of year-last dates is day/month/year or month/day/year from the values that
 * settle it: {@code 25/12/1990} can only be DMY, {@code 12/25/1990} only MDY. Feed it a sample or the
 * whole column ({@link #accept} is cheap and keeps only counts). It decides only when the evidence points
 * one way; a column with both kinds of evidence, or none, stays undecided, and its ambiguous values are
 * then refused rather than guessed. One instance per column; not thread-safe.
 */
public final class DateOrderInference {

    private long dayFirst;
    private long monthFirst;
    private long ambiguous;

    /** What the column shows. */
    public record Verdict(Optional<DateOrder> order, long dayFirstEvidence, long monthFirstEvidence, long ambiguousValues) {

        /** True when some values can only be DMY and others only MDY: the column mixes orders. */
        public boolean conflicting() {
            return dayFirstEvidence > 0 && monthFirstEvidence > 0;
        }
    }

    /** Counts one cell; date cells, blanks and anything that is not a year-last numeric date are ignored. */
    public void accept(Cell cell) {
        if (cell == null || cell.kind() != Cell.Kind.TEXT) {
            return;
        }
        int[] parts = DateText.yearLastParts(Texts.trim(cell.text()));
        if (parts == null) {
            return;
        }
        int first = parts[0];
        int second = parts[1];
        if (first > 12 && second <= 12) {
            dayFirst++;
        } else if (second > 12 && first <= 12) {
            monthFirst++;
        } else if (first != second && first >= 1 && second >= 1 && first <= 12 && second <= 12) {
            ambiguous++;
        }
    }

    public Verdict verdict() {
        Optional<DateOrder> order = Optional.empty();
        if (dayFirst > 0 && monthFirst == 0) {
            order = Optional.of(DateOrder.DMY);
        } else if (monthFirst > 0 && dayFirst == 0) {
            order = Optional.of(DateOrder.MDY);
        }
        return new Verdict(order, dayFirst, monthFirst, ambiguous);
    }

    /** The order to read the column with: the one the user chose, else the one the values show. */
    public Optional<DateOrder> resolve(Optional<DateOrder> chosen) {
        return chosen.isPresent() ? chosen : verdict().order();
    }
}
