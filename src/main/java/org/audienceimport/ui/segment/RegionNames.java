package org.audienceimport.ui.segment;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phone regions' country names in one language, and the regions in the order of those names. Made in the
 * background: the first names and the first collator of a language load the JDK's locale data, which held
 * up the window for a fifth of a second when step 4 was first shown.
 */
record RegionNames(Locale locale, Map<String, String> countries, List<String> sorted) {

    RegionNames {
        countries = Map.copyOf(countries);
        sorted = List.copyOf(sorted);
    }

    static RegionNames in(Locale locale, List<String> regions) {
        Map<String, String> countries = new HashMap<>();
        regions.forEach(region -> countries.put(region, countryName(region, locale)));
        List<String> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(countries::get, Collator.getInstance(locale)));
        return new RegionNames(locale, countries, sorted);
    }

    /** None yet: every name is looked up when asked for. */
    static RegionNames none(Locale locale) {
        return new RegionNames(locale, Map.of(), List.of());
    }

    /** The country's name in {@code language}: from those made here when they are in it, else looked up now. */
    String country(String region, Locale language) {
        String known = language.equals(locale) ? countries.get(region) : null;
        return known != null ? known : countryName(region, language);
    }

    private static String countryName(String region, Locale language) {
        return Locale.of("", region).getDisplayCountry(language);
    }
}
