package org.audienceimport.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a file's columns become audience objects: saved as a template so that next month's import is one
 * click, and used by the command line.
 *
 * @param columns   header text as read → where its values go; a column not listed is not sent
 * @param constants field → a value sent on every object (e.g. {@code email_transactional: true})
 */
public record Mapping(Optional<String> sheet, OptionalInt headerRow, Optional<Long> segmentId,
                      Optional<String> phoneRegion, Optional<DateOrder> dateOrder,
                      Map<String, Target> columns, Map<String, JsonNode> constants) {

    public Mapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    public static Mapping of(Map<String, Target> columns) {
        return new Mapping(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                columns, Map.of());
    }
}
