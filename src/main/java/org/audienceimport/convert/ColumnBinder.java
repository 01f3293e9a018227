package org.audienceimport.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;
import org.audienceimport.text.Text;

/**
 * Finds each column a mapping names among the file's headers. A mapping made for another file, or a file
 * whose columns were renamed, fails here with the names of what is missing and what is there.
 */
public final class ColumnBinder {

    private ColumnBinder() {
    }

    public static List<BoundColumn> bind(Mapping mapping, List<Column> columns, Text sheetDescription) throws MappingException {
        Map<String, List<Column>> byHeader = new HashMap<>();
        for (Column column : columns) {
            if (!column.header().isEmpty()) {
                byHeader.computeIfAbsent(column.header(), h -> new ArrayList<>()).add(column);
            }
        }
        List<Text> problems = new ArrayList<>();
        List<BoundColumn> bound = new ArrayList<>();
        for (Map.Entry<String, Target> entry : mapping.columns().entrySet()) {
            String header = entry.getKey();
            List<Column> matches = byHeader.getOrDefault(header, List.of());
            if (matches.isEmpty()) {
                matches = byHeader.getOrDefault(header.strip(), List.of());
            }
            if (matches.isEmpty()) {
                problems.add(Text.of("mapping.columnMissing", header, sheetDescription));
            } else if (matches.size() > 1) {
                problems.add(Text.of("mapping.columnRepeated", header, matches.size(), sheetDescription,
                        matches.stream().map(Column::letter).toList()));
            } else {
                bound.add(new BoundColumn(matches.getFirst(), entry.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            List<String> present = columns.stream().map(Column::header).filter(h -> !h.isEmpty())
                    .map(h -> "\u201C" + h + "\u201D").toList();
            if (problems.stream().anyMatch(p -> p.key().equals("mapping.columnMissing"))) {
                problems.add(Text.of("mapping.headersThere", present.isEmpty() ? Text.of("mapping.none") : present));
            }
            throw new MappingException(Text.of("mapping.source"), problems);
        }
        if (bound.stream().noneMatch(b -> isIdentifier(b.target()))) {
            throw new MappingException(Text.of("mapping.source"), List.of(Text.of("mapping.noIdentifier")));
        }
        return bound;
    }

    private static boolean isIdentifier(Target target) {
        return target instanceof Target.FieldTarget field && field.field().identifier();
    }
}
