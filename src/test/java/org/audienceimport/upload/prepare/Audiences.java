package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Audience objects and helpers shared by the tests of this package. */
final class Audiences {

    static final ObjectMapper JSON = new ObjectMapper();

    private Audiences() {
    }

    /** {@code {"i":index,"p":padding}}: identifiable, with a size the caller controls. */
    static ObjectNode numbered(int index, String padding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("i", index);
        node.put("p", padding);
        return node;
    }

    static ObjectNode contact(int index) {
        ObjectNode node = JSON.createObjectNode();
        node.put("email", "person" + index + "@example.com");
        node.put("phone", "44" + (7_000_000_000L + index));
        node.put("first_name", index % 3 == 0 ? "Zoë" : "Anna-Lena");
        node.put("email_transactional", true);
        node.put("loyalty_bonuses", index * 7);
        node.put("custom_float_property", index / 8.0);
        node.putArray("kids").addObject().put("gender", "f").put("birthday", "2015-07-28");
        return node;
    }

    static int size(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ManifestDetails details() {
        ObjectNode mapping = JSON.createObjectNode();
        mapping.putObject("columns").put("E-mail", "email");
        return new ManifestDetails("1.2.3", Optional.of(new SourceFingerprint("contacts.csv", 123, "ab".repeat(32))),
                mapping, Map.of("rows_read", 12L, "rows_excluded", 2L));
    }

    static PrepareResult prepare(Path folder, PrepareSettings settings, List<ObjectNode> objects)
            throws IOException, PreparedUploadException {
        try (BatchWriter writer = BatchWriter.open(folder, settings)) {
            for (int i = 0; i < objects.size(); i++) {
                writer.add(objects.get(i), i + 2);
            }
            return writer.finish(details());
        }
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every audience object of every batch, in order. */
    static List<JsonNode> audience(PrepareResult result) {
        List<JsonNode> all = new ArrayList<>();
        for (PreparedBatch batch : result.manifest().batches()) {
            parse(result.folder().resolve(batch.file())).get("audience").forEach(all::add);
        }
        return all;
    }

    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
