package org.audienceimport.ui.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConvertedRow;
import org.audienceimport.convert.normalise.DateOrderInference;
import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.Normalised;
import org.audienceimport.convert.normalise.PhoneRegions;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Cell;
import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.ui.segment.TargetKinds;

/**
 * How each mapped column's values are read, so that a value corrected on screen is checked exactly as the
 * check read it: same normaliser, same phone region, same date order. Where the order of dates is left to
 * the file, it learns it during the check's pass from the whole column, as the engine does.
 */
final class ColumnRules implements Conversion.RowListener {

    private final Mapping mapping;
    private final ValueNormalisers normalisers;
    private final NormaliseContext base;
    private final Map<String, Column> columns = new HashMap<>();
    private final Map<String, DateOrderInference> inferences = new HashMap<>();

    ColumnRules(Mapping mapping, ValueNormalisers normalisers, LocalDate today) {
        this.mapping = mapping;
        this.normalisers = normalisers;
        this.base = NormaliseContext.of(today).withPhoneRegion(mapping.phoneRegion().flatMap(PhoneRegions::canonical).orElse(null));
    }

    @Override
    public void onTable(SheetInfo sheet, int headerRow, List<Column> tableColumns) {
        for (Column column : tableColumns) {
            Target target = mapping.columns().get(column.header());
            if (target != null) {
                columns.putIfAbsent(column.header(), column);
                if (TargetKinds.isDate(target) && mapping.dateOrder().isEmpty()) {
                    inferences.put(column.header(), new DateOrderInference());
                }
            }
        }
    }

    @Override
    public void onRow(Row source, ConvertedRow converted) {
        inferences.forEach((header, inference) -> inference.accept(source.cell(columns.get(header).index())));
    }

    /** What a corrected value becomes; empty when the column is not imported. */
    Optional<Normalised> check(String header, String value) {
        Target target = mapping.columns().get(header);
        if (target == null) {
            return Optional.empty();
        }
        DateOrderInference inference = inferences.get(header);
        NormaliseContext context = base.withDateOrder(inference != null ? inference.resolve(Optional.empty()) : mapping.dateOrder());
        return Optional.of(normalisers.normalise(target, Cell.text(value), context));
    }

    /** True when a valid value in this column gives the contact an email or phone to be known by. */
    boolean identifies(String header) {
        Target target = mapping.columns().get(header);
        return target instanceof Target.FieldTarget field && field.field().identifier();
    }
}
