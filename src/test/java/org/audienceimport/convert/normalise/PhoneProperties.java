package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;

/** A valid number written in any of the usual styles normalises back to the same digits. */
class PhoneProperties {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final ValueNormaliser phone = new ValueNormalisers().forKind(FieldKind.PHONE);

    enum Style { NATIONAL, INTERNATIONAL, INTERNATIONAL_OTHER_REGION, E164, RFC3966, DOUBLE_ZERO, DIGITS_WITH_CODE, DIGITS_NATIONAL }

    record Sample(String region, PhoneNumber number) {
    }

    @Property(tries = 600)
    void everyStyleNormalisesToTheSameDigits(@ForAll("validNumbers") Sample sample, @ForAll Style style) {
        String e164 = PHONES.format(sample.number(), PhoneNumberFormat.E164);
        String written = switch (style) {
            case NATIONAL -> PHONES.format(sample.number(), PhoneNumberFormat.NATIONAL);
            case INTERNATIONAL, INTERNATIONAL_OTHER_REGION -> PHONES.format(sample.number(), PhoneNumberFormat.INTERNATIONAL);
            case E164 -> e164;
            case RFC3966 -> PHONES.format(sample.number(), PhoneNumberFormat.RFC3966);
            case DOUBLE_ZERO -> "00" + e164.substring(1);
            case DIGITS_WITH_CODE -> e164.substring(1);
            case DIGITS_NATIONAL -> PHONES.format(sample.number(), PhoneNumberFormat.NATIONAL).replaceAll("\\D", "");
        };
        Optional<String> region = switch (style) {
            case NATIONAL, DIGITS_NATIONAL, INTERNATIONAL -> Optional.of(sample.region());
            case INTERNATIONAL_OTHER_REGION -> Optional.of(sample.region().equals("US") ? "RU" : "US");
            default -> Optional.empty();
        };
        Normalised result = phone.normalise(Cell.text(written), TestCells.NO_HINTS.withPhoneRegion(region.orElse(null)));
        assertThat(result).as("%s written %s (region %s)", sample, written, region)
                .isEqualTo(Normalised.Value.of(e164.substring(1)));
    }

    @Provide
    Arbitrary<Sample> validNumbers() {
        List<String> regions = PHONES.getSupportedRegions().stream().sorted().toList();
        List<PhoneNumberType> types = List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE,
                PhoneNumberType.TOLL_FREE, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN);
        return Combinators.combine(Arbitraries.of(regions), Arbitraries.of(types), Arbitraries.strings().numeric().ofLength(3))
                .as(PhoneProperties::sample)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    /** The region's example number of that type, its last digits changed when that keeps it valid. */
    private static Optional<Sample> sample(String region, PhoneNumberType type, String lastDigits) {
        PhoneNumber example = PHONES.getExampleNumberForType(region, type);
        if (example == null || !PHONES.isValidNumberForRegion(example, region)) {
            return Optional.empty();
        }
        String national = PHONES.getNationalSignificantNumber(example);
        if (national.length() > 6) {
            try {
                PhoneNumber changed = PHONES.parse("+" + example.getCountryCode()
                        + national.substring(0, national.length() - 3) + lastDigits, "ZZ");
                if (PHONES.isValidNumberForRegion(changed, region)) {
                    return Optional.of(new Sample(region, changed));
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException impossible) {
                return Optional.empty();
            }
        }
        return Optional.of(new Sample(region, example));
    }
}
