package org.audienceimport.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;

/**
 * Finds each column a mapping names among the file's headers. A mapping made for another file, or a file
 * whose columns were renamed, fails here with the names of what is missing and what is there.
 */
public final class ColumnBinder {

    private ColumnBinder() {
    }

    public static List<BoundColumn> bind(Mapping mapping, List<Column> columns, String sheetDescription) throws MappingException {
        Map<String, List<Column>> byHeader = new HashMap<>();
        for (Column column : columns) {
            if (!column.header().isEmpty()) {
                byHeader.computeIfAbsent(column.header(), h -> new ArrayList<>()).add(column);
            }
        }
        List<String> problems = new ArrayList<>();
        List<BoundColumn> bound = new ArrayList<>();
        for (Map.Entry<String, Target> entry : mapping.columns().entrySet()) {
            String header = entry.getKey();
            List<Column> matches = byHeader.getOrDefault(header, List.of());
            if (matches.isEmpty()) {
                matches = byHeader.getOrDefault(header.strip(), List.of());
            }
            if (matches.isEmpty()) {
                problems.add("It names the column \u201C" + header + "\u201D, which is not in " + sheetDescription + ".");
            } else if (matches.size() > 1) {
                problems.add("The column \u201C" + header + "\u201D appears " + matches.size() + " times in " + sheetDescription
                        + " (columns " + matches.stream().map(Column::letter).collect(Collectors.joining(", "))
                        + "). Rename all but one in the file so the mapping knows which to use.");
            } else {
                bound.add(new BoundColumn(matches.getFirst(), entry.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            String present = columns.stream().map(Column::header).filter(h -> !h.isEmpty())
                    .map(h -> "\u201C" + h + "\u201D").collect(Collectors.joining(", "));
            if (problems.stream().anyMatch(p -> p.startsWith("It names"))) {
                problems.add("The headers there are: " + (present.isEmpty() ? "(none)" : present)
                        + ". Check the sheet and header row, or update the mapping.");
            }
            throw new MappingException("The mapping", problems);
        }
        if (bound.stream().noneMatch(b -> isIdentifier(b.target()))) {
            throw new MappingException("The mapping", List.of("No column is mapped to email or phone, so no contact could be "
                    + "identified. Map the column with email addresses or phone numbers."));
        }
        return bound;
    }

    private static boolean isIdentifier(Target target) {
        return target instanceof Target.FieldTarget field && field.field().identifier();
    }
}
