package org.audienceimport.convert.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** The phone regions the normaliser knows, for checking a mapping's {@code phone_region} and for pickers. */
public final class PhoneRegions {

    private PhoneRegions() {
    }

    /**
     * The region as the phone normaliser uses it: upper-cased, {@code UK} read as {@code GB}; empty when
     * libphonenumber has no numbering plan for it (a normaliser then behaves as if no region was chosen).
     */
    public static Optional<String> canonical(String region) {
        if (region == null) {
            return Optional.empty();
        }
        String code = region.strip().toUpperCase(Locale.ROOT);
        String known = code.equals("UK") ? "GB" : code;
        return PhoneNumberUtil.getInstance().getSupportedRegions().contains(known) ? Optional.of(known) : Optional.empty();
    }

    /** Every supported region code, sorted. */
    public static List<String> all() {
        return PhoneNumberUtil.getInstance().getSupportedRegions().stream().sorted().toList();
    }

    /** The country calling code of a supported region ({@code 7} for RU), or 0 when unknown. */
    public static int callingCode(String region) {
        return canonical(region).map(r -> PhoneNumberUtil.getInstance().getCountryCodeForRegion(r)).orElse(0);
    }
}
