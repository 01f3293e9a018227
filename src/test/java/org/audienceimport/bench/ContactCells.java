package org.audienceimport.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How a contact is laid out in the workbook, column by column: which values are shared strings,
 * numbers, dates or booleans. Both passes of the workbook writer walk this same layout.
 */
final class ContactCells {

    /** Receives the cells of one row in column order; blank cells are simply not reported. */
    interface Sink {
        void text(int column, String text, boolean uniqueByConstruction, int style);

        void number(int column, String literal, int style);

        void bool(int column, boolean value);
    }

    static final int STYLE_GENERAL = 0;
    static final int STYLE_DATE = 1;
    static final int STYLE_DATE_TIME = 2;
    static final int STYLE_TEXT = 3;

    // Excel's 1900 date system: serial 1 is 1900-01-01 and it counts the phantom 1900-02-29, so for
    // any date after February 1900 the serial is the day count from 1899-12-30.
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final double SECONDS_PER_DAY = 86_400;

    private ContactCells() {
    }

    static void header(Sink sink) {
        for (int i = 0; i < Contact.COLUMNS; i++) {
            sink.text(i, Contact.HEADER[i], false, STYLE_GENERAL);
        }
    }

    static void row(Contact c, Sink sink) {
        sink.number(0, Long.toString(c.id()), STYLE_GENERAL);
        sink.text(1, c.email(), true, STYLE_GENERAL);
        sink.text(2, c.phone(), true, STYLE_TEXT);
        sink.number(3, Long.toString(c.phoneNumber()), STYLE_GENERAL);
        sink.text(4, c.firstName(), false, STYLE_GENERAL);
        sink.text(5, c.lastName(), false, STYLE_GENERAL);
        sink.text(6, c.firstNameRu(), false, STYLE_GENERAL);
        text(sink, 7, c.gender());
        if (c.birthday() != null) {
            sink.number(8, Long.toString(serial(c.birthday())), STYLE_DATE);
        }
        sink.text(9, c.loyaltyId(), true, STYLE_TEXT);
        sink.number(10, c.bonuses(), STYLE_GENERAL);
        text(sink, 11, c.boughtSomething());
        text(sink, 12, c.city());
        text(sink, 13, c.segment());
        text(sink, 14, c.notes());
        text(sink, 15, c.country());
        text(sink, 16, c.channel());
        sink.number(17, Double.toString(serial(c.registeredAt())), STYLE_DATE_TIME);
        sink.number(18, Integer.toString(c.ordersCount()), STYLE_GENERAL);
        sink.bool(19, c.subscribed());
    }

    private static void text(Sink sink, int column, String value) {
        if (!value.isEmpty()) {
            sink.text(column, value, false, STYLE_GENERAL);
        }
    }

    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    static double serial(LocalDateTime dateTime) {
        return serial(dateTime.toLocalDate()) + dateTime.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY;
    }
}
