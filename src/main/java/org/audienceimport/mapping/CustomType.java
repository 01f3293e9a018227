package org.audienceimport.mapping;

import java.util.Locale;
import java.util.Optional;

/** The types a custom profile property can have on the platform. */
public enum CustomType {
    STRING, INTEGER, FLOAT, ARRAY, JSON, DATE;

    /** The lower-case name used in mapping files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CustomType> fromCode(String code) {
        for (CustomType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
