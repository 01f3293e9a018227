package org.audienceimport.convert.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.convert.normalise.TestCells.NO_HINTS;
import static org.audienceimport.convert.normalise.TestCells.number;
import static org.audienceimport.convert.normalise.TestCells.region;
import static org.audienceimport.convert.normalise.TestCells.text;
import static org.audienceimport.convert.normalise.ValueAssertions.refused;
import static org.audienceimport.convert.normalise.ValueAssertions.sent;
import static org.audienceimport.convert.normalise.ValueAssertions.sentCleanly;

import org.audienceimport.mapping.FieldKind;
import org.audienceimport.source.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNormaliserTest {

    private final ValueNormaliser phone = new ValueNormalisers().forKind(FieldKind.PHONE);

    private Normalised normalise(String value, NormaliseContext context) {
        return phone.normalise(text(value), context);
    }

    @ParameterizedTest(name = "{0} with region {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "(202) 555-0142          | US   | 12025550142",
        "202.555.0142            | US   | 12025550142",
        "1-202-555-0142          | US   | 12025550142",
        "8 912 345-67-89         | RU   | 79123456789",
        "8(912)3456789           | RU   | 79123456789",
        "+7 (912) 345-67-89      | US   | 79123456789",
        "+7 912 345 67 89        | none | 79123456789",
        "0044 20 7946 0958       | RU   | 442079460958",
        "00 44 20 7946 0958      | none | 442079460958",
        "011 44 20 7946 0958     | US   | 442079460958",
        "810 44 20 7946 0958     | RU   | 442079460958",
        "+44 (0) 20 7946 0958    | none | 442079460958",
        "020 7946 0958           | GB   | 442079460958",
        "07400 123456            | GB   | 447400123456",
        "\uFF0B7 912 345 67 89   | none | 79123456789",
        "030 123456              | DE   | 4930123456",
        "06 12 34 56 78          | FR   | 33612345678",
        "02 1234 5678            | IT   | 390212345678",
        "+39 02 1234 5678        | none | 390212345678",
        "tel:+7-912-345-67-89    | none | 79123456789",
        "Mob. +7 912 345 67 89   | none | 79123456789",
        "тел. 8 912 345-67-89 | RU | 79123456789",
    })
    void nationalAndInternationalFormsBecomeCountryCodeAndDigits(String written, String region, String digits) {
        NormaliseContext context = region == null ? NO_HINTS : region(region);
        assertThat(sentCleanly(normalise(written, context))).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0} with region {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "79123456789     | RU   | 79123456789",
        "79123456789     | US   | 79123456789",
        "79123456789     | none | 79123456789",
        "12025550142     | RU   | 12025550142",
        "12025550142     | none | 12025550142",
        "447400123456    | GB   | 447400123456",
        "447400123456    | RU   | 447400123456",
        "4915112345678   | none | 4915112345678",
        "4915112345678   | RU   | 4915112345678",
    })
    void digitsThatAlreadyCarryTheirCountryCodeAreRecognised(String written, String region, String digits) {
        NormaliseContext context = region == null ? NO_HINTS : region(region);
        assertThat(sentCleanly(normalise(written, context))).isEqualTo(digits);
    }

    @Test
    void whenBothReadingsAreValidTheNationalOneWins() {
        // 479 is an Arkansas area code; +47 94123456 is also a valid Norwegian mobile.
        assertThat(sentCleanly(normalise("4794123456", region("US")))).isEqualTo("14794123456");
        assertThat(sentCleanly(normalise("4794123456", NO_HINTS))).isEqualTo("4794123456");
        assertThat(sentCleanly(normalise("+4794123456", region("US")))).isEqualTo("4794123456");
        // German numbers vary in length, so a British mobile without its + also reads as a German one.
        assertThat(sentCleanly(normalise("447400123456", region("DE")))).isEqualTo("49447400123456");
        assertThat(sentCleanly(normalise("+447400123456", region("DE")))).isEqualTo("447400123456");
    }

    @Test
    void theContractsExampleIsSentAsWrittenWithAWarning() {
        // +44 0011 4527199 has a British length but no British range starts with 0 after the country code.
        for (NormaliseContext context : new NormaliseContext[] {NO_HINTS, region("US"), region("GB"), region("RU")}) {
            Normalised result = normalise("4400114527199", context);
            assertThat(sent(result)).as("%s", context.phoneRegion()).isEqualTo("4400114527199");
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("phone_possible_only");
                assertThat(w.message()).isEqualTo("\u201C4400114527199\u201D has the length of a +44 (United Kingdom) number"
                        + " but is not in a range in use there. It will be sent as 4400114527199; check it.");
            });
        }
    }

    @Test
    void aPossibleNationalNumberGetsItsCountryCode() {
        // 555-01xx numbers are fictional: the right length for the US, outside its ranges.
        Normalised result = normalise("(202) 000-0142", region("US"));
        assertThat(sent(result)).isEqualTo("12020000142");
        assertThat(result.warnings()).extracting(Warning::code).containsExactly("phone_possible_only");
    }

    @Test
    void excelNumberCellsWork() {
        assertThat(sentCleanly(phone.normalise(number(79123456789d), NO_HINTS))).isEqualTo("79123456789");
        assertThat(sent(phone.normalise(number("4400114527199"), NO_HINTS))).isEqualTo("4400114527199");
        assertThat(sentCleanly(phone.normalise(number(2025550142d), region("US")))).isEqualTo("12025550142");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+1 202 555 0142 x123       | US | 12025550142 | 123",
        "(202) 555-0142 ext. 45     | US | 12025550142 | 45",
        "8 (912) 345-67-89 доб. 12  | RU | 79123456789 | 12",
        "+44 20 7946 0958 #7        | GB | 442079460958 | 7",
    })
    void extensionsAreDroppedWithAWarning(String written, String region, String digits, String extension) {
        Normalised result = normalise(written, region(region));
        assertThat(sent(result)).isEqualTo(digits);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("phone_extension_dropped");
            assertThat(w.message()).contains("extension (" + extension + ")").contains("sent as " + digits);
        });
    }

    @Test
    void numbersWithoutCountryCodeNeedARegion() {
        Normalised.Invalid invalid = refused(normalise("8 912 345-67-89", NO_HINTS));
        assertThat(invalid.code()).isEqualTo("phone_invalid");
        assertThat(invalid.message()).isEqualTo("\u201C8 912 345-67-89\u201D is not a valid international phone number."
                + " Write it with its country code (as in +7 912 345-67-89), or choose the phone region for numbers"
                + " written without one.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345        | RU", "call me     | RU", "+7 912      | RU", "+999 1234567 | RU",
        "123456789012345678 | US", "0000000000 | US", "abc | US"})
    void nonNumbersAreRefused(String written, String region) {
        Normalised.Invalid invalid = refused(normalise(written, region(region)));
        assertThat(invalid.code()).isEqualTo("phone_invalid");
        assertThat(invalid.message()).startsWith("\u201C" + written + "\u201D");
    }

    @Test
    void theRefusalNamesTheRegion() {
        assertThat(refused(normalise("12345", region("RU"))).message())
                .isEqualTo("\u201C12345\u201D is neither a valid Russia number nor a valid international one."
                        + " Check the digits; numbers from other countries need their country code.");
    }

    @Test
    void severalNumbersInOneCellAreRefused() {
        Normalised.Invalid invalid = refused(normalise("+7 912 345-67-89, +7 913 111-22-33", NO_HINTS));
        assertThat(invalid.code()).isEqualTo("phone_multiple");
        assertThat(refused(normalise("8 912 345-67-89; 8 913 111-22-33", region("RU"))).code()).isEqualTo("phone_multiple");
        assertThat(refused(normalise("8 912 345-67-89\n8 913 111-22-33", region("RU"))).code()).isEqualTo("phone_multiple");
    }

    @Test
    void regionsAreReadAsLibphonenumberKnowsThem() {
        assertThat(PhoneRegions.canonical("uk")).contains("GB");
        assertThat(PhoneRegions.canonical(" ru ")).contains("RU");
        assertThat(PhoneRegions.canonical("XX")).isEmpty();
        assertThat(PhoneRegions.canonical(null)).isEmpty();
        assertThat(PhoneRegions.callingCode("RU")).isEqualTo(7);
        assertThat(PhoneRegions.callingCode("XX")).isZero();
        assertThat(PhoneRegions.all()).hasSizeGreaterThan(200).contains("US", "RU", "GB", "KZ").isSorted();
        // An unknown region is as if none was chosen.
        assertThat(sentCleanly(normalise("79123456789", region("XX")))).isEqualTo("79123456789");
        assertThat(sentCleanly(normalise("020 7946 0958", region("UK")))).isEqualTo("442079460958");
    }

    @Test
    void booleanAndDateCellsAreNotNumbers() {
        assertThat(refused(phone.normalise(Cell.bool(true), region("US"))).code()).isEqualTo("phone_invalid");
    }
}
