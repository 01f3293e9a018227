package org.audienceimport.convert.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;

import org.audienceimport.source.Cell;
import org.audienceimport.text.Text;

/**
 * Phone numbers as the contract wants them: digits only, country code first, no {@code +}.
 *
 * <p>Which reading wins, in order:
 * <ol>
 *   <li>text starting with {@code +}, {@code 00} or the region's international prefix ({@code 011} in the
 *       US, {@code 810} in Russia) is international and read only that way;</li>
 *   <li>a number valid in the phone region as written nationally ({@code 8 912 345-67-89} in RU,
 *       {@code (202) 555-0142} in US; also {@code 79123456789} in RU, where the digits start with the
 *       region's own country code);</li>
 *   <li>a number valid once {@code +} is put in front ({@code 4915112345678}, {@code 12025550142} in RU);</li>
 *   <li>failing both, a number that is only <em>possible</em> (right length, outside the ranges in use) in
 *       the same order, sent with the warning {@code phone_possible_only}: as {@code +country national}
 *       digits for a national reading, as the digits written for an international one;</li>
 *   <li>anything else is refused ({@code phone_invalid}).</li>
 * </ol>
 * The national reading goes before the international one because a user who sets a region mostly has
 * numbers from it: with US, {@code 4794123456} is an Arkansas number even though {@code +47 94123456} is a
 * valid Norwegian one. An extension ({@code x123}, {@code ext. 5}, {@code доб. 12}) cannot be sent: it is
 * dropped with the warning {@code phone_extension_dropped} and the main number is sent.
 */
final class PhoneNormaliser implements ValueNormaliser {

    private static final Pattern SEVERAL_NUMBERS = Pattern.compile("\\d[^,;\\n]*\\d{3}[^,;\\n]*[,;\\n][^\\d]*\\d[^,;\\n]*\\d{3}");
    /** Where a number starts: labels and brackets before it ("tel:", "Mob.", "(") are not part of it. */
    private static final Pattern NUMBER_START = Pattern.compile("[+\uFF0B\\p{Nd}]");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String written = Texts.trim(cell.text());
        if (mayHoldSeveral(written) && SEVERAL_NUMBERS.matcher(written).find()) {
            return Normalised.Invalid.of("phone_multiple", "convert.phone.multiple", Texts.quote(written));
        }
        Optional<String> region = context.phoneRegion().flatMap(PhoneRegions::canonical);
        Matcher start = NUMBER_START.matcher(written);
        String unprefixed = start.find() ? written.substring(start.start()) : written;
        if (unprefixed.startsWith("+") || unprefixed.startsWith("\uFF0B")) {
            return international(written, parse(unprefixed, "ZZ"), true).orElseGet(() -> invalid(written, region));
        }
        if (unprefixed.startsWith("00")) {
            return international(written, parse("+" + unprefixed.substring(2), "ZZ"), true)
                    .orElseGet(() -> invalid(written, region));
        }
        PhoneNumber national = region.map(r -> parse(written, r)).orElse(null);
        if (national != null && national.getCountryCodeSource() == CountryCodeSource.FROM_NUMBER_WITH_IDD) {
            return international(written, national, false).orElseGet(() -> invalid(written, region));
        }
        if (national != null && phones.isValidNumber(national)) {
            return sent(written, national, e164Digits(national), false);
        }
        PhoneNumber withPlus = parse("+" + unprefixed, "ZZ");
        if (withPlus != null && phones.isValidNumber(withPlus)) {
            return sent(written, withPlus, e164Digits(withPlus), false);
        }
        if (national != null && phones.isPossibleNumber(national)) {
            boolean carriesCountryCode = national.getCountryCodeSource() == CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN;
            return sent(written, national, carriesCountryCode ? writtenDigits(national) : e164Digits(national), true);
        }
        if (withPlus != null && phones.isPossibleNumber(withPlus)) {
            return sent(written, withPlus, writtenDigits(withPlus), true);
        }
        return invalid(written, region);
    }

    /** A reading whose country code was written: valid or possible, else empty. */
    private Optional<Normalised> international(String written, PhoneNumber number, boolean digitsFollowPrefix) {
        if (number == null) {
            return Optional.empty();
        }
        if (phones.isValidNumber(number)) {
            return Optional.of(sent(written, number, e164Digits(number), false));
        }
        if (phones.isPossibleNumber(number)) {
            return Optional.of(sent(written, number, digitsFollowPrefix ? writtenDigits(number) : e164Digits(number), true));
        }
        return Optional.empty();
    }

    private Normalised sent(String written, PhoneNumber number, String digits, boolean possibleOnly) {
        Normalised.Value value = Normalised.Value.of(digits);
        if (possibleOnly) {
            value = value.withWarning(Warning.of("phone_possible_only", "convert.phone.possibleOnly", Texts.quote(written),
                    number.getCountryCode(), countryName(number), digits));
        }
        if (number.hasExtension() && !number.getExtension().isEmpty()) {
            value = value.withWarning(Warning.of("phone_extension_dropped", "convert.phone.extensionDropped",
                    Texts.quote(written), number.getExtension(), digits));
        }
        return value;
    }

    private Normalised invalid(String written, Optional<String> region) {
        String digitsOnly = written.replaceAll("\\D", "");
        if (digitsOnly.length() < 3) {
            return Normalised.Invalid.of("phone_invalid", "convert.phone.notANumber", Texts.quote(written));
        }
        if (region.isEmpty()) {
            return Normalised.Invalid.of("phone_invalid", "convert.phone.invalidInternational", Texts.quote(written));
        }
        return Normalised.Invalid.of("phone_invalid", "convert.phone.invalidInRegion", Texts.quote(written),
                Text.country(region.get()));
    }

    private static boolean mayHoldSeveral(String text) {
        return text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('\n') >= 0;
    }

    private PhoneNumber parse(String text, String region) {
        try {
            return phones.parseAndKeepRawInput(text, region);
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    /** E.164 without the plus: the country code and the national significant number (Italian zeros kept). */
    private String e164Digits(PhoneNumber number) {
        return number.getCountryCode() + phones.getNationalSignificantNumber(number);
    }

    /** The country code and the digits after it exactly as written (no national prefix stripped or added). */
    private String writtenDigits(PhoneNumber number) {
        String code = Integer.toString(number.getCountryCode());
        StringBuilder digits = new StringBuilder();
        String raw = number.getRawInput();
        for (int i = 0; i < raw.length(); i++) {
            int digit = Character.digit(raw.charAt(i), 10);
            if (digit >= 0) {
                digits.append(digit);
            }
        }
        String extension = number.getExtension();
        if (!extension.isEmpty() && digits.toString().endsWith(extension)) {
            digits.setLength(digits.length() - extension.length());
        }
        return digits.indexOf(code) == 0 ? digits.toString() : e164Digits(number);
    }

    private Object countryName(PhoneNumber number) {
        String region = phones.getRegionCodeForCountryCode(number.getCountryCode());
        return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || "ZZ".equals(region)
                ? Text.of("convert.phone.worldwide") : Text.country(region);
    }
}
