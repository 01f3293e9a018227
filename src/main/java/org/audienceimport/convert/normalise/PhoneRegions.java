package org.audienceimport.convert.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return canonical(region).map(r -> CallingCodes.BY_REGION.getOrDefault(r, 0)).orElse(0);
    }

    /**
     * Every region's calling code, from libphonenumber's table of codes and their regions: asking for each
     * region's code instead reads that region's metadata from its file, and the list of all regions (the
     * wizard's picker) would read some 250 of them, half a second on a slow computer.
     */
    private static final class CallingCodes {
        static final Map<String, Integer> BY_REGION = build();

        private static Map<String, Integer> build() {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            Map<String, Integer> codes = new HashMap<>();
            for (int code : phones.getSupportedCallingCodes()) {
                for (String region : phones.getRegionCodesForCountryCode(code)) {
                    codes.put(region, code);
                }
            }
            return Map.copyOf(codes);
        }
    }
}
