package org.audienceimport.ui.check;

import org.audienceimport.convert.ConversionSummary;

/** The numbers on the summary cards: the check's, adjusted by the values corrected on screen. */
public record CheckTotals(long rows, long toSend, long excluded, long warnings, long duplicates) {

    static CheckTotals of(ConversionSummary summary) {
        return new CheckTotals(summary.rows(), summary.toSend(), summary.excluded(), summary.warnings(), summary.duplicates());
    }

    CheckTotals withoutWarning() {
        return new CheckTotals(rows, toSend, excluded, Math.max(0, warnings - 1), duplicates);
    }

    CheckTotals withWarning() {
        return new CheckTotals(rows, toSend, excluded, warnings + 1, duplicates);
    }

    /** A row excluded for want of an email or phone now has one. */
    CheckTotals included() {
        return new CheckTotals(rows, toSend + 1, Math.max(0, excluded - 1), warnings, duplicates);
    }
}
