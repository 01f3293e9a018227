package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.audienceimport.text.Text;

/** Writes and reads {@code manifest.json}: indented, with "\n" line ends on every system. */
final class ManifestJson {

    static final String FORMAT = "audience-import prepared upload";

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] write(Manifest manifest) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", manifest.formatVersion());
        root.put("app_version", manifest.appVersion());
        manifest.source().ifPresentOrElse(source -> {
            ObjectNode node = root.putObject("source");
            node.put("name", source.name());
            node.put("size", source.size());
            node.put("sha256", source.sha256());
        }, () -> root.putNull("source"));
        if (manifest.segmentId().isPresent()) {
            root.put("segment_id", manifest.segmentId().getAsLong());
        } else {
            root.putNull("segment_id");
        }
        root.put("max_request_bytes", manifest.maxRequestBytes());
        root.put("reserved_credential_bytes", manifest.reservedCredentialBytes());
        ObjectNode counts = root.putObject("counts");
        manifest.counts().forEach(counts::put);
        root.set("mapping", manifest.mapping());
        ArrayNode batches = root.putArray("batches");
        for (PreparedBatch batch : manifest.batches()) {
            ObjectNode node = batches.addObject();
            node.put("file", batch.file());
            node.put("objects", batch.objects());
            node.put("bytes", batch.bytes());
            node.put("sha256", batch.sha256());
            batch.firstRow().ifPresent(row -> node.put("first_row", row));
            batch.lastRow().ifPresent(row -> node.put("last_row", row));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            byte[] json = mapper.writer(printer).writeValueAsBytes(root);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a manifest, or says in plain words why it cannot be used. */
    Manifest read(byte[] json, String where) throws PreparedUploadException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw damaged(where, Text.of("upload.prepared.manifestNotJson"));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw damaged(where, Text.of("upload.prepared.notAManifest"));
        }
        int version = root.path("format_version").asInt(-1);
        if (version > Manifest.FORMAT_VERSION) {
            throw new PreparedUploadException(Text.of("upload.prepared.newerFormat", where, version));
        }
        if (version != Manifest.FORMAT_VERSION) {
            throw damaged(where, Text.of("upload.prepared.unknownFormat"));
        }
        try {
            return new Manifest(version, text(root, "app_version"), source(root.path("source")),
                    segment(root.path("segment_id")), number(root, "max_request_bytes"),
                    Math.toIntExact(number(root, "reserved_credential_bytes")), counts(root.path("counts")),
                    root.path("mapping").isMissingNode() ? NullNode.getInstance() : root.get("mapping"),
                    batches(root.path("batches")));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw damaged(where, Text.verbatim(e.getMessage()));
        }
    }

    private static PreparedUploadException damaged(String where, Text why) {
        return new PreparedUploadException(Text.of("upload.prepared.manifestDamaged", where, why));
    }

    private static Optional<SourceFingerprint> source(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new SourceFingerprint(text(node, "name"), number(node, "size"), text(node, "sha256")));
    }

    private static OptionalLong segment(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber()) {
            throw new IllegalArgumentException("segment_id is not a whole number");
        }
        return OptionalLong.of(node.asLong());
    }

    private static Map<String, Long> counts(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("counts is missing");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            counts.put(entry.getKey(), number(node, entry.getKey()));
        }
        return counts;
    }

    private static List<PreparedBatch> batches(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("the list of batches is missing");
        }
        List<PreparedBatch> batches = new ArrayList<>(node.size());
        for (JsonNode batch : node) {
            int number = batches.size() + 1;
            String file = text(batch, "file");
            if (!file.equals(PreparedFolder.batchName(number))) {
                throw new IllegalArgumentException("batch " + number + " is named " + file);
            }
            batches.add(new PreparedBatch(number, file, Math.toIntExact(number(batch, "objects")),
                    number(batch, "bytes"), text(batch, "sha256"), row(batch, "first_row"), row(batch, "last_row")));
        }
        return batches;
    }

    private static OptionalInt row(JsonNode node, String field) {
        return node.has(field) ? OptionalInt.of(Math.toIntExact(number(node, field))) : OptionalInt.empty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw new IllegalArgumentException(field + " is missing or not a count");
        }
        return value.asLong();
    }
}
