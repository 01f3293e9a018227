package org.audienceimport.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.audienceimport.text.Text;

/** Reads and writes mapping files (the JSON contract in issue 3), naming every problem it finds. */
public final class MappingJson {

    private static final Pattern NESTED = Pattern.compile("([a-z_]+)\\[(\\d{1,3})]\\.([a-z_]+)");

    private final FieldCatalog catalog;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public MappingJson(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public Mapping read(Path file) throws MappingException {
        Text source = Text.of("mapping.sourceFile", "\u201C" + file.getFileName() + "\u201D");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (NoSuchFileException e) {
            throw new MappingException(source, List.of(Text.of("mapping.noSuchFile")));
        } catch (IOException e) {
            throw new MappingException(source, List.of(Text.of("mapping.unreadable", e.getMessage())));
        }
    }

    /** @param source what the text is, for messages, e.g. "map output" */
    public Mapping parse(String json, String source) throws MappingException {
        return parse(json, Text.verbatim(source));
    }

    public Mapping parse(String json, Text source) throws MappingException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            Text problem = e.getLocation() == null ? Text.of("mapping.notJson", e.getOriginalMessage())
                    : Text.of("mapping.notJsonAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage());
            throw new MappingException(source, List.of(problem));
        }
        if (root == null || !root.isObject()) {
            throw new MappingException(source, List.of(Text.of("mapping.notObject")));
        }
        List<Text> problems = new ArrayList<>();
        Map<String, Target> columns = columns(root.path("columns"), problems);
        Map<String, JsonNode> constants = constants(root.path("constants"), problems);
        checkOneColumnPerField(columns, constants, problems);
        Optional<DateOrder> dateOrder = dateOrder(root.path("date_order"), problems);
        Optional<Long> segment = segment(root.path("segment_id"), problems);
        Optional<String> region = phoneRegion(root.path("phone_region"), problems);
        OptionalInt headerRow = headerRow(root.path("header_row"), problems);
        if (!problems.isEmpty()) {
            throw new MappingException(source, problems);
        }
        Optional<String> sheet = root.hasNonNull("sheet") ? Optional.of(root.get("sheet").asText()) : Optional.empty();
        return new Mapping(sheet, headerRow, segment, region, dateOrder, columns, constants);
    }

    private Map<String, Target> columns(JsonNode node, List<Text> problems) {
        Map<String, Target> columns = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            problems.add(Text.of("mapping.noColumns"));
            return columns;
        }
        if (!node.isObject()) {
            problems.add(Text.of("mapping.columnsNotObject"));
            return columns;
        }
        node.properties().forEach(entry -> target(entry.getKey(), entry.getValue(), problems)
                .ifPresent(target -> columns.put(entry.getKey(), target)));
        return columns;
    }

    Optional<Target> target(String header, JsonNode value, List<Text> problems) {
        Text column = Text.of("mapping.column", header);
        if (value.isTextual()) {
            return fieldTarget(column, value.asText().strip(), problems);
        }
        if (value.isObject() && value.has("custom")) {
            return customTarget(column, value, problems);
        }
        problems.add(Text.of("mapping.badTarget", column));
        return Optional.empty();
    }

    private Optional<Target> fieldTarget(Text column, String name, List<Text> problems) {
        Matcher nested = NESTED.matcher(name);
        if (nested.matches()) {
            String group = nested.group(1);
            Optional<Field> field = catalog.groupField(group, nested.group(3));
            if (field.isEmpty()) {
                problems.add(Text.of("mapping.notAField", column, name, suggestion(name, nestedNames(group, nested.group(2)))));
                return Optional.empty();
            }
            return Optional.of(new Target.NestedTarget(group, Integer.parseInt(nested.group(2)), field.get()));
        }
        Optional<Field> field = catalog.field(name);
        if (field.isEmpty()) {
            Text hint = catalog.groupNames().contains(name)
                    ? Text.of("mapping.nameGroupField", name, name + "[0]." + catalog.groupFields(name).getFirst().name())
                    : suggestion(name, catalog.fields().stream().map(Field::name).toList());
            problems.add(Text.of("mapping.notAField", column, name, hint));
            return Optional.empty();
        }
        return Optional.of(new Target.FieldTarget(field.get()));
    }

    private List<String> nestedNames(String group, String slot) {
        List<String> names = new ArrayList<>();
        for (String g : catalog.groupNames()) {
            catalog.groupFields(g).forEach(f -> names.add(g + "[" + slot + "]." + f.name()));
        }
        return names;
    }

    private Optional<Target> customTarget(Text column, JsonNode value, List<Text> problems) {
        String name = value.path("custom").asText("");
        String typeCode = value.path("type").asText("string");
        Optional<CustomType> type = CustomType.fromCode(typeCode);
        int before = problems.size();
        if (!Target.CustomTarget.NAME.matcher(name).matches()) {
            problems.add(Text.of("mapping.customName", column, name, suggestName(name)));
        } else if (catalog.isReserved(name)) {
            problems.add(Text.of("mapping.customReserved", column, name));
        }
        if (type.isEmpty()) {
            problems.add(Text.of("mapping.customType", column, typeCode));
        }
        Optional<String> separator = value.hasNonNull("separator") ? Optional.of(value.get("separator").asText()) : Optional.empty();
        if (type.isPresent() && type.get() == CustomType.ARRAY && separator.isEmpty()) {
            separator = Optional.of(",");
        }
        if (separator.isPresent() && separator.get().isEmpty()) {
            problems.add(Text.of("mapping.emptySeparator", column));
        }
        if (problems.size() > before || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target.CustomTarget(name, type.get(), separator));
    }

    static String suggestName(String typed) {
        String cleaned = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return cleaned.isEmpty() ? "my_property" : cleaned;
    }

    private static Text suggestion(String typed, List<String> names) {
        return names.stream()
                .min(Comparator.comparingInt(n -> TextDistance.levenshtein(n, typed)))
                .filter(n -> TextDistance.levenshtein(n, typed) <= Math.max(2, typed.length() / 3))
                .map(n -> Text.of("mapping.didYouMean", n))
                .orElse(Text.of("mapping.seeFieldList"));
    }

    private static void checkOneColumnPerField(Map<String, Target> columns, Map<String, JsonNode> constants, List<Text> problems) {
        Map<String, String> firstColumn = new HashMap<>();
        columns.forEach((header, target) -> {
            String previous = firstColumn.putIfAbsent(target.slotKey(), header);
            if (previous != null) {
                problems.add(Text.of("mapping.twoColumnsOneField", previous, header, target.describe()));
            }
        });
        constants.keySet().stream().filter(firstColumn::containsKey).forEach(field -> problems.add(
                Text.of("mapping.constantAndColumn", field, firstColumn.get(field))));
    }

    private Map<String, JsonNode> constants(JsonNode node, List<Text> problems) {
        Map<String, JsonNode> constants = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return constants;
        }
        if (!node.isObject()) {
            problems.add(Text.of("mapping.constantsNotObject"));
            return constants;
        }
        node.properties().forEach(entry -> {
            String name = entry.getKey();
            Optional<Field> field = catalog.field(name);
            if (field.isEmpty()) {
                problems.add(Text.of("mapping.constantNotAField", name,
                        suggestion(name, catalog.fields().stream().map(Field::name).toList())));
            } else if (field.get().identifier()) {
                problems.add(Text.of("mapping.constantIdentifier", name));
            } else if (!constantFits(field.get().kind(), entry.getValue())) {
                problems.add(Text.of("mapping.constantMisfit", name, entry.getValue(),
                        Text.of("mapping.kind." + field.get().kind().name())));
            } else {
                constants.put(name, entry.getValue());
            }
        });
        return constants;
    }

    private static boolean constantFits(FieldKind kind, JsonNode value) {
        return switch (kind) {
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case GENDER -> value.isTextual() && (value.asText().equals("m") || value.asText().equals("f"));
            case DATE -> value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}");
            case STRING, EMAIL, PHONE -> value.isTextual() && !value.asText().isBlank();
        };
    }

    private static Optional<DateOrder> dateOrder(JsonNode node, List<Text> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateOrder.valueOf(node.asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(Text.of("mapping.dateOrder", node.asText()));
            return Optional.empty();
        }
    }

    private static Optional<Long> segment(JsonNode node, List<Text> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.canConvertToLong() && node.isIntegralNumber() && node.asLong() > 0
                || node.isTextual() && node.asText().matches("[1-9]\\d{0,17}")) {
            return Optional.of(node.asLong());
        }
        problems.add(Text.of("mapping.segment", node));
        return Optional.empty();
    }

    private static Optional<String> phoneRegion(JsonNode node, List<Text> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String region = node.asText().strip().toUpperCase(Locale.ROOT);
        if (!region.matches("[A-Z]{2}")) {
            problems.add(Text.of("mapping.phoneRegion", node.asText()));
            return Optional.empty();
        }
        return Optional.of(region);
    }

    private static OptionalInt headerRow(JsonNode node, List<Text> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return OptionalInt.empty();
        }
        if (node.isIntegralNumber() && node.asInt() >= 1) {
            return OptionalInt.of(node.asInt());
        }
        problems.add(Text.of("mapping.headerRow", node));
        return OptionalInt.empty();
    }

    /** The mapping in the file format, keys in a stable order so that saved templates diff cleanly. */
    public String write(Mapping mapping) {
        ObjectNode root = mapper.createObjectNode();
        mapping.sheet().ifPresent(s -> root.put("sheet", s));
        mapping.headerRow().ifPresent(r -> root.put("header_row", r));
        mapping.segmentId().ifPresent(s -> root.put("segment_id", s));
        mapping.phoneRegion().ifPresent(r -> root.put("phone_region", r));
        mapping.dateOrder().ifPresent(o -> root.put("date_order", o.name()));
        ObjectNode columns = root.putObject("columns");
        mapping.columns().forEach((header, target) -> {
            switch (target) {
                case Target.FieldTarget f -> columns.put(header, f.describe());
                case Target.NestedTarget n -> columns.put(header, n.describe());
                case Target.CustomTarget c -> {
                    ObjectNode custom = columns.putObject(header).put("custom", c.name()).put("type", c.type().code());
                    c.separator().ifPresent(s -> custom.put("separator", s));
                }
            }
        });
        if (!mapping.constants().isEmpty()) {
            ObjectNode constants = root.putObject("constants");
            mapping.constants().forEach(constants::set);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mapping always serialises", e);
        }
    }
}
