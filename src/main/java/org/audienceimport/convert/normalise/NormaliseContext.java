package org.audienceimport.convert.normalise;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.audienceimport.mapping.DateOrder;

/**
 * What a normaliser needs to know beyond the cell.
 *
 * @param phoneRegion ISO 3166 code for numbers written without a country code ({@code US}, {@code RU});
 *                    empty when the user did not choose one
 * @param dateOrder   how to read 03/04/1990 in this column: the order the user chose, or the one
 *                    {@link DateOrderInference} found; empty means ambiguous dates are refused
 * @param today       for birthdays in the future and two-digit years; passed in so results are reproducible
 */
public record NormaliseContext(Optional<String> phoneRegion, Optional<DateOrder> dateOrder, LocalDate today) {

    public NormaliseContext {
        Objects.requireNonNull(phoneRegion, "phoneRegion");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(today, "today");
    }

    public static NormaliseContext of(LocalDate today) {
        return new NormaliseContext(Optional.empty(), Optional.empty(), today);
    }

    public NormaliseContext withPhoneRegion(String region) {
        return new NormaliseContext(Optional.ofNullable(region), dateOrder, today);
    }

    public NormaliseContext withDateOrder(Optional<DateOrder> order) {
        return new NormaliseContext(phoneRegion, order, today);
    }

    public NormaliseContext withDateOrder(DateOrder order) {
        return withDateOrder(Optional.ofNullable(order));
    }
}
