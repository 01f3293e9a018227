package org.audienceimport.ui.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Values the user corrected in the check (step 5): row number → column header → the new text. Immutable;
 * each correction makes a new instance.
 */
public record ValueEdits(Map<Integer, Map<String, String>> byRow) {

    public static final ValueEdits NONE = new ValueEdits(Map.of());

    public ValueEdits {
        Map<Integer, Map<String, String>> copy = new TreeMap<>();
        byRow.forEach((row, columns) -> copy.put(row, Collections.unmodifiableMap(new LinkedHashMap<>(columns))));
        byRow = Collections.unmodifiableMap(copy);
    }

    public ValueEdits with(int row, String column, String value) {
        Map<Integer, Map<String, String>> copy = new TreeMap<>(byRow);
        Map<String, String> columns = new LinkedHashMap<>(copy.getOrDefault(row, Map.of()));
        columns.put(column, value);
        copy.put(row, columns);
        return new ValueEdits(copy);
    }

    public Optional<String> get(int row, String column) {
        return Optional.ofNullable(byRow.getOrDefault(row, Map.of()).get(column));
    }

    public int count() {
        return byRow.values().stream().mapToInt(Map::size).sum();
    }
}
