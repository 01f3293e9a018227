package org.audienceimport.mapping;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where a column's values go in the audience object. */
public sealed interface Target {

    /** The form used in mapping files and messages: {@code email}, {@code auto[0].brand}, {@code custom interests}. */
    String describe();

    /** The key that at most one column may fill. */
    String slotKey();

    /** A top-level field of the contract. */
    record FieldTarget(Field field) implements Target {
        @Override
        public String describe() {
            return field.name();
        }

        @Override
        public String slotKey() {
            return field.name();
        }
    }

    /** A field of the n-th object in an array ({@code auto[0].brand}, {@code kids[1].birthday}); slots count from 0. */
    record NestedTarget(String group, int slot, Field field) implements Target {
        @Override
        public String describe() {
            return group + "[" + slot + "]." + field.name();
        }

        @Override
        public String slotKey() {
            return describe();
        }
    }

    /**
     * A custom property that already exists in the account.
     *
     * @param separator for arrays: what separates the items in a cell
     */
    record CustomTarget(String name, CustomType type, Optional<String> separator) implements Target {

        /** Keys of custom properties are lower-case latin letters, digits and underscores. */
        public static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

        @Override
        public String describe() {
            return "custom " + name;
        }

        @Override
        public String slotKey() {
            return name;
        }
    }
}
