package org.audienceimport.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Assigns shared-string indices the way Excel does: one entry per distinct text, in order of first
 * use. Texts the generator guarantees to be unique (emails, phones, loyalty ids) skip the lookup, so
 * memory stays bounded by the vocabularies however many rows are written.
 */
final class SharedStrings {

    private final Map<String, Integer> repeating = new HashMap<>();
    private final Consumer<String> onNewString;
    private int uniqueCount;
    private long referenceCount;

    /** @param onNewString receives each distinct text once, in index order */
    SharedStrings(Consumer<String> onNewString) {
        this.onNewString = onNewString;
    }

    int indexOf(String text, boolean uniqueByConstruction) {
        referenceCount++;
        if (!uniqueByConstruction) {
            Integer known = repeating.get(text);
            if (known != null) {
                return known;
            }
            repeating.put(text, uniqueCount);
        }
        onNewString.accept(text);
        return uniqueCount++;
    }

    int uniqueCount() {
        return uniqueCount;
    }

    long referenceCount() {
        return referenceCount;
    }
}
