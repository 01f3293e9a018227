package org.audienceimport.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of the audience object, read from {@code fields.json} so that a new field is a data change,
 * not a code change.
 */
public final class FieldCatalog {

    private static final String RESOURCE = "fields.json";

    private final Map<String, Field> topLevel;
    private final Map<String, Map<String, Field>> groups;
    private final Map<String, Map<String, String>> groupLabels;

    private FieldCatalog(List<Field> fields, Map<String, Map<String, String>> groupLabels) {
        Map<String, Field> top = new LinkedHashMap<>();
        Map<String, Map<String, Field>> nested = new LinkedHashMap<>();
        for (Field field : fields) {
            if (field.group().isPresent()) {
                nested.computeIfAbsent(field.group().get(), g -> new LinkedHashMap<>()).put(field.name(), field);
            } else {
                top.put(field.name(), field);
            }
        }
        this.topLevel = Collections.unmodifiableMap(top);
        this.groups = Collections.unmodifiableMap(nested);
        this.groupLabels = Map.copyOf(groupLabels);
    }

    /** The catalogue shipped with the app. */
    public static FieldCatalog standard() {
        try (InputStream in = FieldCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The field catalogue " + RESOURCE + " cannot be read", e);
        }
    }

    static FieldCatalog parse(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode node : root.path("fields")) {
            List<String> synonyms = new ArrayList<>();
            node.path("synonyms").forEach(s -> synonyms.add(s.asText()));
            fields.add(new Field(
                    node.path("name").asText(),
                    node.hasNonNull("group") ? Optional.of(node.get("group").asText()) : Optional.empty(),
                    FieldKind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
                    node.path("identifier").asBoolean(false),
                    texts(node.path("label")),
                    texts(node.path("description")),
                    List.copyOf(synonyms)));
        }
        Map<String, Map<String, String>> groupLabels = new LinkedHashMap<>();
        for (JsonNode group : root.path("groups")) {
            groupLabels.put(group.path("name").asText(), texts(group.path("label")));
        }
        return new FieldCatalog(fields, groupLabels);
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(texts);
    }

    /** Top-level fields in catalogue order. */
    public List<Field> fields() {
        return List.copyOf(topLevel.values());
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(topLevel.get(name));
    }

    /** The names of the arrays of nested objects: {@code auto}, {@code kids}. */
    public List<String> groupNames() {
        return List.copyOf(groups.keySet());
    }

    public List<Field> groupFields(String group) {
        return List.copyOf(groups.getOrDefault(group, Map.of()).values());
    }

    public Optional<Field> groupField(String group, String name) {
        return Optional.ofNullable(groups.getOrDefault(group, Map.of()).get(name));
    }

    public String groupLabel(String group, Locale locale) {
        Map<String, String> labels = groupLabels.getOrDefault(group, Map.of());
        return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", group));
    }

    /** True for names a custom property may not take: every field and array of the contract. */
    public boolean isReserved(String name) {
        return topLevel.containsKey(name) || groups.containsKey(name)
                || name.equals("shop_id") || name.equals("shop_secret") || name.equals("segment_id") || name.equals("audience");
    }
}
