package org.audienceimport.convert.normalise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.source.Cell;
import org.audienceimport.source.CellTexts;

/** Cells and contexts as the readers make them. */
final class TestCells {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final NormaliseContext NO_HINTS = NormaliseContext.of(TODAY);

    private TestCells() {
    }

    static Cell text(String text) {
        return Cell.text(text);
    }

    /** A number cell the way the Excel readers make it: exact decimal, plain text. */
    static Cell number(String decimal) {
        BigDecimal value = new BigDecimal(decimal);
        return Cell.number(value, CellTexts.plainNumber(value), decimal);
    }

    static Cell number(double value) {
        BigDecimal decimal = CellTexts.decimal(value);
        return Cell.number(decimal, CellTexts.plainNumber(decimal), Double.toString(value));
    }

    static Cell date(LocalDateTime dateTime) {
        return Cell.date(dateTime, dateTime.toString());
    }

    static NormaliseContext region(String region) {
        return NO_HINTS.withPhoneRegion(region);
    }

    static NormaliseContext order(DateOrder order) {
        return NO_HINTS.withDateOrder(Optional.of(order));
    }
}
