package org.audienceimport.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One field of the audience object, as described in the catalogue.
 *
 * @param group for nested fields, the array they live in ({@code auto}, {@code kids}); empty for top-level fields
 */
public record Field(String name, Optional<String> group, FieldKind kind, boolean identifier,
                    Map<String, String> labels, Map<String, String> descriptions, List<String> synonyms) {

    /** {@code email}, or {@code auto.brand} for a nested field. */
    public String qualifiedName() {
        return group.map(g -> g + "." + name).orElse(name);
    }

    /** The label in the language asked for, falling back to English. */
    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", name));
    }

    public String description(Locale locale) {
        return descriptions.getOrDefault(locale.getLanguage(), descriptions.getOrDefault("en", ""));
    }
}
