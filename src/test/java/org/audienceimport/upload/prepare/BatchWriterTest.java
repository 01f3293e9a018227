package org.audienceimport.upload.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class BatchWriterTest {

    @TempDir
    Path temp;

    private final PrepareSettings small = new PrepareSettings(10_000, 1024, java.util.OptionalLong.empty());

    @Test
    void writes_exactly_the_compact_request_body_without_credentials() throws Exception {
        List<ObjectNode> objects = IntStream.range(0, 3).mapToObj(Audiences::contact).toList();
        PrepareResult result = Audiences.prepare(temp.resolve("out"), PrepareSettings.defaults().withSegmentId(146), objects);

        byte[] written = Files.readAllBytes(result.folder().resolve("batch-00001.json"));
        ObjectNode expected = Audiences.JSON.createObjectNode();
        expected.put("segment_id", 146);
        expected.putArray("audience").addAll(objects);
        assertThat(written).isEqualTo(Audiences.JSON.writeValueAsBytes(expected));
        assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"segment_id\":146,\"audience\":[{\"email\":\"person0@example.com\"")
                .contains("Zoë")
                .doesNotContain("shop_id", "shop_secret", "\n", " ");
    }

    @Test
    void leaves_out_segment_id_when_none_is_set() throws Exception {
        PrepareResult result = Audiences.prepare(temp.resolve("out"), PrepareSettings.defaults(), List.of(Audiences.contact(1)));

        JsonNode batch = Audiences.parse(result.folder().resolve("batch-00001.json"));
        assertThat(batch.has("segment_id")).isFalse();
        assertThat(batch.get("audience")).hasSize(1);
    }

    @Test
    void splits_into_batches_within_the_usable_bytes_and_keeps_the_order() throws Exception {
        List<ObjectNode> objects = IntStream.range(0, 500).mapToObj(Audiences::contact).toList();
        PrepareResult result = Audiences.prepare(temp.resolve("out"), small.withSegmentId(7), objects);

        List<PreparedBatch> batches = result.manifest().batches();
        assertThat(batches).hasSizeGreaterThan(10);
        for (PreparedBatch batch : batches) {
            Path file = result.folder().resolve(batch.file());
            assertThat(Files.size(file)).isEqualTo(batch.bytes()).isLessThanOrEqualTo(small.usableBytes());
            assertThat(Audiences.parse(file).get("segment_id").asLong()).isEqualTo(7);
        }
        assertThat(Audiences.audience(result)).containsExactlyElementsOf(objects);
        assertThat(batches.getFirst().firstRow()).hasValue(2);
        assertThat(batches.getLast().lastRow()).hasValue(501);
        assertThat(batches.get(1).firstRow().getAsInt()).isEqualTo(batches.get(0).lastRow().getAsInt() + 1);
    }

    @Test
    void leaves_out_an_object_too_large_for_any_request_and_names_its_row() throws Exception {
        List<ObjectNode> objects = new ArrayList<>(List.of(Audiences.contact(0), Audiences.contact(1)));
        objects.add(1, Audiences.numbered(99, "x".repeat(9_000)));

        PrepareResult result = Audiences.prepare(temp.resolve("out"), small, objects);

        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.row()).hasValue(3);
            assertThat(skipped.index()).isEqualTo(2);
            assertThat(skipped.bytes()).isEqualTo(Audiences.size(objects.get(1)));
            assertThat(skipped.getMessage()).startsWith("The contact from row 3 is too large to send")
                    .contains("9,0").contains("left out");
        });
        assertThat(Audiences.audience(result)).containsExactly(objects.get(0), objects.get(2));
        assertThat(result.manifest().counts()).containsEntry("skipped_too_large", 1L).containsEntry("objects", 2L);
        assertThat(result.manifest().batches()).hasSize(1);
    }

    @Test
    void names_the_position_of_a_too_large_object_when_no_row_is_given() throws Exception {
        try (BatchWriter writer = BatchWriter.open(temp.resolve("out"), small)) {
            assertThat(writer.add(Audiences.contact(0))).isTrue();
            assertThat(writer.add(Audiences.numbered(1, "x".repeat(10_000)))).isFalse();
            PrepareResult result = writer.finish(Audiences.details());
            assertThat(result.skipped().getFirst().getMessage()).startsWith("Contact number 2 is too large");
        }
    }

    @Test
    void an_object_exactly_filling_the_usable_bytes_fits() throws Exception {
        String header = "{\"audience\":[";
        int room = (int) small.usableBytes() - header.length() - 2;
        ObjectNode exact = Audiences.numbered(1, "");
        exact.put("p", "x".repeat(room - Audiences.size(exact)));
        assertThat(Audiences.size(exact)).isEqualTo(room);

        PrepareResult result = Audiences.prepare(temp.resolve("out"), small, List.of(exact));

        assertThat(result.skipped()).isEmpty();
        assertThat(result.manifest().batches().getFirst().bytes()).isEqualTo(small.usableBytes());
    }

    @Test
    void objects_larger_than_3_percent_of_the_limit_can_leave_batches_far_from_full() throws Exception {
        // Each object is about a third of the usable bytes: two fit, a third does not, so every batch
        // is about two thirds full. Greedy packing is still optimal here; the 97% rule simply cannot hold.
        List<ObjectNode> objects = IntStream.range(0, 6).mapToObj(i -> Audiences.numbered(i, "x".repeat(3_200))).toList();

        PrepareResult result = Audiences.prepare(temp.resolve("out"), small, objects);

        assertThat(result.manifest().batches()).hasSize(3).allSatisfy(batch -> {
            assertThat(batch.objects()).isEqualTo(2);
            assertThat((double) batch.bytes() / small.usableBytes()).isBetween(0.70, 0.75);
        });
        assertThat(Audiences.audience(result)).containsExactlyElementsOf(objects);
    }

    @Test
    void an_empty_audience_gives_no_batches_but_a_manifest() throws Exception {
        PrepareResult result = Audiences.prepare(temp.resolve("out"), small, List.of());

        assertThat(result.manifest().batches()).isEmpty();
        assertThat(Audiences.names(result.folder())).containsExactly("manifest.json");
        assertThat(PreparedUpload.open(result.folder()).batches()).isEmpty();
    }

    @Test
    void the_manifest_records_how_the_upload_was_made() throws Exception {
        List<ObjectNode> objects = IntStream.range(0, 100).mapToObj(Audiences::contact).toList();
        PrepareResult result = Audiences.prepare(temp.resolve("out"), small.withSegmentId(146), objects);

        JsonNode manifest = Audiences.parse(result.folder().resolve("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("audience-import prepared upload");
        assertThat(manifest.get("format_version").asInt()).isEqualTo(1);
        assertThat(manifest.get("app_version").asText()).isEqualTo("1.2.3");
        assertThat(manifest.at("/source/name").asText()).isEqualTo("contacts.csv");
        assertThat(manifest.at("/source/size").asLong()).isEqualTo(123);
        assertThat(manifest.at("/source/sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(manifest.at("/mapping/columns/E-mail").asText()).isEqualTo("email");
        assertThat(manifest.get("segment_id").isIntegralNumber()).isTrue();
        assertThat(manifest.get("segment_id").asLong()).isEqualTo(146);
        assertThat(manifest.get("max_request_bytes").asLong()).isEqualTo(10_000);
        assertThat(manifest.get("reserved_credential_bytes").asInt()).isEqualTo(1024);
        List<String> countNames = new ArrayList<>();
        manifest.get("counts").fieldNames().forEachRemaining(countNames::add);
        assertThat(countNames).containsExactly("objects", "batches", "skipped_too_large", "rows_excluded", "rows_read");
        assertThat(manifest.at("/counts/objects").asLong()).isEqualTo(100);
        assertThat(manifest.at("/counts/batches").asLong()).isEqualTo(result.manifest().batches().size());
        assertThat(manifest.at("/counts/rows_read").asLong()).isEqualTo(12);
        JsonNode batches = manifest.get("batches");
        assertThat(batches).hasSize(result.manifest().batches().size());
        for (int i = 0; i < batches.size(); i++) {
            JsonNode entry = batches.get(i);
            Path file = result.folder().resolve(entry.get("file").asText());
            assertThat(entry.get("file").asText()).isEqualTo(String.format("batch-%05d.json", i + 1));
            assertThat(entry.get("bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(entry.get("sha256").asText()).isEqualTo(Sha256.ofFile(file));
            assertThat(entry.get("objects").asInt()).isEqualTo(Audiences.parse(file).get("audience").size());
        }
        String text = Files.readString(result.folder().resolve("manifest.json"));
        assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotContain(temp.toString());
    }

    @Test
    void refuses_a_count_name_the_writer_owns() throws Exception {
        try (BatchWriter writer = BatchWriter.open(temp.resolve("out"), small)) {
            ManifestDetails clash = new ManifestDetails("1", Optional.empty(), null, Map.of("objects", 3L));
            assertThatThrownBy(() -> writer.finish(clash)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("objects");
        }
    }

    @Test
    void the_same_input_gives_byte_identical_output() throws Exception {
        List<ObjectNode> objects = IntStream.range(0, 300).mapToObj(Audiences::contact).toList();
        PrepareResult first = Audiences.prepare(temp.resolve("first"), small.withSegmentId(5), objects);
        PrepareResult second = Audiences.prepare(temp.resolve("second"), small.withSegmentId(5), objects);

        List<String> names = Audiences.names(first.folder());
        assertThat(names).hasSizeGreaterThan(3).isEqualTo(Audiences.names(second.folder()));
        for (String name : names) {
            assertThat(Files.readAllBytes(second.folder().resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(first.folder().resolve(name)));
        }

        // Preparing again into the same folder overwrites it with the same bytes.
        byte[] manifestBefore = Files.readAllBytes(first.folder().resolve("manifest.json"));
        Audiences.prepare(first.folder(), small.withSegmentId(5), objects);
        assertThat(Audiences.names(first.folder())).isEqualTo(names);
        assertThat(Files.readAllBytes(first.folder().resolve("manifest.json"))).isEqualTo(manifestBefore);
    }

    @Test
    void writes_nothing_outside_the_output_folder_and_leaves_no_temporary_files() throws Exception {
        Path parent = Files.createDirectory(temp.resolve("parent"));
        Files.writeString(parent.resolve("contacts.csv"), "email\n");
        List<String> before = Audiences.names(parent);

        PrepareResult result = Audiences.prepare(parent.resolve("out"),
                small, IntStream.range(0, 200).mapToObj(Audiences::contact).toList());

        List<String> after = new ArrayList<>(Audiences.names(parent));
        after.remove("out");
        assertThat(after).isEqualTo(before);
        assertThat(Audiences.names(result.folder())).allMatch(name -> name.matches("batch-\\d{5}\\.json|manifest\\.json"));
    }

    @Test
    void refuses_a_folder_holding_other_files_and_touches_nothing() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Files.writeString(folder.resolve("batch-00001.json"), "{}");

        assertThatThrownBy(() -> BatchWriter.open(folder, small))
                .isInstanceOf(PreparedUploadException.class)
                .hasMessageContaining("“documents” already holds other files (notes.txt)")
                .hasMessageContaining("Choose an empty folder");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("keep me");
        assertThat(Files.readString(folder.resolve("batch-00001.json"))).isEqualTo("{}");
    }

    @Test
    void refuses_a_file_given_as_the_folder() throws Exception {
        Path file = Files.writeString(temp.resolve("out.json"), "x");

        assertThatThrownBy(() -> BatchWriter.open(file, small))
                .isInstanceOf(PreparedUploadException.class).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void overwriting_an_earlier_prepared_upload_removes_its_extra_batches() throws Exception {
        Path folder = temp.resolve("out");
        Audiences.prepare(folder, small, IntStream.range(0, 400).mapToObj(Audiences::contact).toList());
        assertThat(Audiences.names(folder)).hasSizeGreaterThan(5);

        PrepareResult again = Audiences.prepare(folder, small, List.of(Audiences.contact(1)));

        assertThat(Audiences.names(folder)).containsExactly("batch-00001.json", "manifest.json");
        assertThat(PreparedUpload.open(folder).batches()).isEqualTo(again.manifest().batches());
    }

    @Test
    void files_a_file_browser_leaves_in_the_folder_are_tolerated_and_kept() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("out"));
        Files.writeString(folder.resolve(".DS_Store"), "finder");

        Audiences.prepare(folder, small, List.of(Audiences.contact(1)));

        assertThat(Audiences.names(folder)).containsExactly(".DS_Store", "batch-00001.json", "manifest.json");
        assertThat(PreparedUpload.open(folder).batches()).hasSize(1);
    }

    @Test
    void a_missing_mapping_is_recorded_as_null() throws Exception {
        try (BatchWriter writer = BatchWriter.open(temp.resolve("out"), small)) {
            writer.add(Audiences.contact(1));
            PrepareResult result = writer.finish(new ManifestDetails("1", Optional.empty(), null, Map.of()));
            assertThat(Audiences.parse(result.folder().resolve("manifest.json")).get("mapping").isNull()).isTrue();
            assertThat(PreparedUpload.open(result.folder()).manifest()).isEqualTo(result.manifest());
        }
    }

    @Test
    void closing_without_finishing_removes_the_batches_and_writes_no_manifest() throws Exception {
        Path folder = temp.resolve("out");
        try (BatchWriter writer = BatchWriter.open(folder, small)) {
            for (int i = 0; i < 200; i++) {
                writer.add(Audiences.contact(i));
            }
        }
        assertThat(Audiences.names(folder)).isEmpty();
        assertThatThrownBy(() -> PreparedUpload.open(folder)).hasMessageContaining("manifest.json is missing");
    }

    @Test
    void adding_after_finishing_is_a_programming_error() throws Exception {
        try (BatchWriter writer = BatchWriter.open(temp.resolve("out"), small)) {
            writer.finish(Audiences.details());
            assertThatThrownBy(() -> writer.add(Audiences.contact(1))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void add_all_takes_objects_from_an_iterator() throws Exception {
        List<ObjectNode> objects = IntStream.range(0, 50).mapToObj(Audiences::contact).toList();
        try (BatchWriter writer = BatchWriter.open(temp.resolve("out"), small)) {
            writer.addAll(objects.iterator());
            PrepareResult result = writer.finish(Audiences.details());
            assertThat(Audiences.audience(result)).containsExactlyElementsOf(objects);
            assertThat(result.manifest().batches().getFirst().firstRow()).isEmpty();
        }
    }

    @Test
    void settings_refuse_a_limit_with_no_room_left() {
        assertThatThrownBy(() -> new PrepareSettings(1_100, 1024, java.util.OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrepareSettings.defaults().withReservedCredentialBytes(10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PrepareSettings.defaults().usableBytes()).isEqualTo(32_000_000 - 1024);
    }
}
