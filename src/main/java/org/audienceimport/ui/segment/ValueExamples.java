package org.audienceimport.ui.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.audienceimport.convert.normalise.DateOrderInference;
import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.Normalised;
import org.audienceimport.convert.normalise.PhoneRegions;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Cell;
import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.EngineMessages;

/**
 * Takes a few values of the previewed rows from the columns mapped to phones or dates and normalises them
 * with the settings chosen, exactly as the check will, so the user sees the effect of a choice before
 * every row is read.
 */
final class ValueExamples {

    static final int PER_KIND = 3;

    private final ValueNormalisers normalisers;
    private final LocalDate today;
    private final Supplier<Locale> language;

    /** @param language the UI's language at the moment, for what is wrong with a value */
    ValueExamples(ValueNormalisers normalisers, LocalDate today, Supplier<Locale> language) {
        this.normalisers = normalisers;
        this.today = today;
        this.language = language;
    }

    List<Example> phones(ChosenTable table, Mapping mapping, String region) {
        NormaliseContext context = NormaliseContext.of(today).withPhoneRegion(PhoneRegions.canonical(region).orElse(null));
        return examples(table, mapping, TargetKinds::isPhone, column -> context);
    }

    /** @param order null to read the order from the values, as the check does */
    List<Example> dates(ChosenTable table, Mapping mapping, DateOrder order) {
        return examples(table, mapping, TargetKinds::isDate, column -> NormaliseContext.of(today)
                .withDateOrder(order != null ? Optional.of(order) : inferred(table, column)));
    }

    private interface Contexts {
        NormaliseContext of(Column column);
    }

    private List<Example> examples(ChosenTable table, Mapping mapping, Predicate<Target> wanted, Contexts contexts) {
        List<Example> examples = new ArrayList<>();
        if (table == null || mapping == null) {
            return examples;
        }
        for (Map.Entry<String, Target> entry : mapping.columns().entrySet()) {
            Optional<Column> column = table.columns().stream().filter(c -> c.header().equals(entry.getKey())).findFirst();
            if (column.isEmpty() || !wanted.test(entry.getValue())) {
                continue;
            }
            NormaliseContext context = contexts.of(column.get());
            for (Cell cell : samples(table, column.get())) {
                if (examples.size() == PER_KIND) {
                    return examples;
                }
                examples.add(example(column.get(), cell, normalisers.normalise(entry.getValue(), cell, context)));
            }
        }
        return examples;
    }

    private Example example(Column column, Cell cell, Normalised result) {
        String written = cell.formatted().isEmpty() ? cell.text() : cell.formatted();
        return switch (result) {
            case Normalised.Value value -> new Example(column.label(), written, String.valueOf(value.value()), false);
            case Normalised.Invalid invalid -> new Example(column.label(), written,
                    EngineMessages.forDesktop(invalid.text(), language.get()), true);
            case Normalised.Empty empty -> new Example(column.label(), written, "", false);
        };
    }

    /** The first distinct non-blank values below the header. */
    private static List<Cell> samples(ChosenTable table, Column column) {
        Set<String> seen = new LinkedHashSet<>();
        List<Cell> cells = new ArrayList<>();
        for (Row row : table.topRows()) {
            Cell cell = row.number() > table.headerRow() ? row.cell(column.index()) : null;
            if (cell != null && !cell.isEmpty() && seen.add(cell.text()) && cells.size() < PER_KIND) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static Optional<DateOrder> inferred(ChosenTable table, Column column) {
        DateOrderInference inference = new DateOrderInference();
        for (Row row : table.topRows()) {
            if (row.number() > table.headerRow()) {
                inference.accept(row.cell(column.index()));
            }
        }
        return inference.resolve(Optional.empty());
    }
}
