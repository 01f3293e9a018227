package org.audienceimport.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.audienceimport.convert.normalise.Normalised;
import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.ValueNormaliser;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.convert.normalise.Warning;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Cell;
import org.audienceimport.source.Row;
import org.audienceimport.text.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one row into one audience object and the problems found on the way. An invalid value is left
 * out with a warning; a row left with no valid email or phone is excluded with an error; in strict mode
 * any problem excludes the row.
 */
public final class RowConverter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A column ready to convert: where it goes, how its values are read, and with which settings. */
    public record ColumnPlan(BoundColumn bound, ValueNormaliser normaliser, NormaliseContext context) {
    }

    private final List<ColumnPlan> columns;
    private final Map<String, JsonNode> constants;
    private final boolean strict;

    public RowConverter(List<ColumnPlan> columns, Map<String, JsonNode> constants, boolean strict) {
        this.columns = List.copyOf(columns);
        this.constants = Map.copyOf(constants);
        this.strict = strict;
    }

    /** Builds the plans for bound columns, each with the context its values need. */
    public static List<ColumnPlan> plan(List<BoundColumn> bound, ValueNormalisers normalisers,
                                        java.util.function.Function<BoundColumn, NormaliseContext> contexts) {
        List<ColumnPlan> plans = new ArrayList<>();
        for (BoundColumn column : bound) {
            plans.add(new ColumnPlan(column, normalisers.forTarget(column.target()), contexts.apply(column)));
        }
        return plans;
    }

    public ConvertedRow convert(Row row) {
        ObjectNode object = NODES.objectNode();
        Map<String, TreeMap<Integer, ObjectNode>> nested = new java.util.LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>(0);
        for (ColumnPlan plan : columns) {
            BoundColumn bound = plan.bound();
            Cell cell = row.cell(bound.column().index());
            Normalised result = plan.normaliser().normalise(cell, plan.context());
            switch (result) {
                case Normalised.Value value -> {
                    put(object, nested, bound.target(), toNode(value.value()));
                    for (Warning warning : value.warnings()) {
                        issues.add(issue(row, bound, cell, Severity.WARNING, warning.code(), warning.text()));
                    }
                }
                case Normalised.Invalid invalid ->
                        issues.add(issue(row, bound, cell, Severity.WARNING, invalid.code(),
                                Text.of("convert.leftOut", invalid.text())));
                case Normalised.Empty empty -> {
                }
            }
        }
        nested.forEach((group, slots) -> {
            ArrayNode array = object.putArray(group);
            slots.values().forEach(array::add);
        });
        constants.forEach(object::set);
        String identity = identity(object);
        if (identity == null) {
            issues.add(new Issue(row.number(), "", "", "", Severity.ERROR, "no_identifier",
                    Text.of("convert.noIdentifier", row.number())));
            return new ConvertedRow(row.number(), null, null, List.copyOf(issues));
        }
        if (strict && !issues.isEmpty()) {
            issues.add(new Issue(row.number(), "", "", "", Severity.ERROR, "excluded_strict",
                    Text.of("convert.excludedStrict", row.number())));
            return new ConvertedRow(row.number(), null, null, List.copyOf(issues));
        }
        return new ConvertedRow(row.number(), object, identity, issues.isEmpty() ? List.of() : List.copyOf(issues));
    }

    /** "e:" + email where there is one, else "p:" + phone: the key the platform matches profiles by. */
    public static String identity(ObjectNode object) {
        JsonNode email = object.get("email");
        if (email != null && email.isTextual()) {
            return "e:" + email.asText();
        }
        JsonNode phone = object.get("phone");
        if (phone != null && phone.isTextual()) {
            return "p:" + phone.asText();
        }
        return null;
    }

    private static Issue issue(Row row, BoundColumn bound, Cell cell, Severity severity, String code, Text message) {
        return new Issue(row.number(), bound.column().header(), bound.column().letter(), cell.text(), severity, code, message);
    }

    private static void put(ObjectNode object, Map<String, TreeMap<Integer, ObjectNode>> nested, Target target, JsonNode value) {
        switch (target) {
            case Target.FieldTarget field -> object.set(field.field().name(), value);
            case Target.CustomTarget custom -> object.set(custom.name(), value);
            case Target.NestedTarget slot -> nested.computeIfAbsent(slot.group(), g -> new TreeMap<>())
                    .computeIfAbsent(slot.slot(), s -> NODES.objectNode())
                    .set(slot.field().name(), value);
        }
    }

    static JsonNode toNode(Object value) {
        return switch (value) {
            case String text -> NODES.textNode(text);
            case Long number -> NODES.numberNode(number);
            case Integer number -> NODES.numberNode(number);
            case BigInteger number -> NODES.numberNode(number);
            case BigDecimal number -> NODES.numberNode(number);
            case Boolean flag -> NODES.booleanNode(flag);
            case JsonNode node -> node;
            case List<?> items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(item -> array.add(String.valueOf(item)));
                yield array;
            }
            default -> throw new IllegalArgumentException("A normaliser returned " + value.getClass().getName());
        };
    }
}
