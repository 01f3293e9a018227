package org.audienceimport.ui.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.audienceimport.convert.normalise.DateOrderInference;
import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.PhoneRegions;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.audienceimport.ui.wizard.WarmUp;

/**
 * Normalises a few made-up phone numbers and dates in the background, so that step 4's examples, normalised on
 * the JavaFX thread, do not pay the one-time costs: the phone library's metadata for the region and the date
 * readers' classes held up the window for a tenth of a second the first time.
 */
public final class NormaliserWarmUp {

    private static final List<String> PHONES = List.of("8 912 345-67-89", "+7 912 345 67 89", "(212) 555-0100");
    private static final List<String> DATES = List.of("09.03.1951", "1988-05-14", "5/14/1988 10:30");

    private NormaliserWarmUp() {
    }

    /** @param region the phone region the app starts with; may be null */
    public static WarmUp.Job job(ValueNormalisers normalisers, String region, LocalDate today) {
        return new WarmUp.Job("Phone and date normalising", () -> {
            NormaliseContext phones = NormaliseContext.of(today).withPhoneRegion(PhoneRegions.canonical(region).orElse(null));
            PHONES.forEach(phone -> normalisers.normalise(FieldKind.PHONE, Cell.text(phone), phones));
            DateOrderInference inference = new DateOrderInference();
            DATES.forEach(date -> inference.accept(Cell.text(date)));
            NormaliseContext dates = NormaliseContext.of(today).withDateOrder(inference.resolve(Optional.empty()));
            DATES.forEach(date -> normalisers.normalise(FieldKind.DATE, Cell.text(date), dates));
        });
    }
}
