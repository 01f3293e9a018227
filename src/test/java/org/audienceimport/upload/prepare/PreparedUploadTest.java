package org.audienceimport.upload.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PreparedUploadTest {

    private static final String SHOP_ID = "0d42fd8b713d0752776ca589cc0056";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path temp;

    private final PrepareSettings settings = new PrepareSettings(10_000, 1024, OptionalLong.of(146));
    private List<ObjectNode> objects;
    private PrepareResult prepared;

    @BeforeEach
    void prepare() throws Exception {
        objects = IntStream.range(0, 200).mapToObj(Audiences::contact).toList();
        prepared = Audiences.prepare(temp.resolve("out"), settings, objects);
        assertThat(prepared.manifest().batches()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void reads_back_the_manifest_and_the_batches_in_order() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());

        assertThat(upload.manifest()).isEqualTo(prepared.manifest());
        assertThat(upload.batches()).extracting(PreparedBatch::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, upload.batches().size()).boxed().toList());
        assertThat(upload.manifest().segmentId()).hasValue(146);
        assertThat(upload.manifest().source()).get().extracting(SourceFingerprint::name).isEqualTo("contacts.csv");
        assertThat(upload.manifest().objects()).isEqualTo(200);
    }

    @Test
    void the_body_is_the_batch_with_the_credentials_first() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());
        PreparedBatch batch = upload.batches().get(1);

        byte[] body = upload.body(batch, SHOP_ID, SECRET);

        assertThat(new String(body, StandardCharsets.UTF_8))
                .startsWith("{\"shop_id\":\"" + SHOP_ID + "\",\"shop_secret\":\"" + SECRET + "\",\"segment_id\":146,\"audience\":[{");
        JsonNode json = Audiences.parse(body);
        assertThat(json.get("shop_id").asText()).isEqualTo(SHOP_ID);
        assertThat(json.get("shop_secret").asText()).isEqualTo(SECRET);
        assertThat(json.get("segment_id").asLong()).isEqualTo(146);
        assertThat(json.get("audience")).isEqualTo(Audiences.parse(upload.batchBytes(batch)).get("audience"));
        assertThat((long) body.length).isEqualTo(upload.requestBytes(batch, SHOP_ID, SECRET))
                .isLessThanOrEqualTo(settings.maxRequestBytes());
    }

    @Test
    void credentials_are_escaped_and_never_written_to_any_file() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());
        String awkwardSecret = "se\"cr\\et-ключ-\u0001";

        for (PreparedBatch batch : upload.batches()) {
            JsonNode body = Audiences.parse(upload.body(batch, SHOP_ID, awkwardSecret));
            assertThat(body.get("shop_secret").asText()).isEqualTo(awkwardSecret);
        }

        for (String name : Audiences.names(prepared.folder())) {
            String content = Files.readString(prepared.folder().resolve(name));
            assertThat(content).as(name).doesNotContain(SHOP_ID, "ключ", "shop_id", "shop_secret");
        }
        assertThat(Audiences.names(prepared.folder())).hasSize(prepared.manifest().batches().size() + 1);
    }

    @Test
    void credentials_filling_the_reserved_room_keep_every_full_batch_within_the_limit() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());
        // Multi-byte and escaped characters count by their encoded size: fill the room exactly.
        String shopId = "é".repeat(100);
        String secret = "x".repeat(1024 - CredentialInjection.FIXED_BYTES - 200);
        assertThat(CredentialInjection.addedBytes(shopId, secret)).isEqualTo(1024);
        assertThat(upload.credentialsFit(shopId, secret)).isTrue();
        assertThat(upload.credentialsFit(shopId, secret + "x")).isFalse();

        for (PreparedBatch batch : upload.batches()) {
            byte[] body = upload.body(batch, shopId, secret);
            assertThat((long) body.length).isLessThanOrEqualTo(settings.maxRequestBytes());
            assertThat(Audiences.parse(body).get("shop_id").asText()).isEqualTo(shopId);
        }
    }

    @Test
    void refuses_credentials_that_would_make_a_request_too_large() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());
        PreparedBatch full = upload.batches().getFirst();
        String huge = "x".repeat(2_000);

        assertThat(upload.requestBytes(full, SHOP_ID, huge)).isGreaterThan(settings.maxRequestBytes());
        assertThatThrownBy(() -> upload.body(full, SHOP_ID, huge))
                .isInstanceOf(PreparedUploadException.class)
                .hasMessageContaining("batch-00001.json would be")
                .hasMessageNotContaining(huge);
    }

    @Test
    void a_changed_batch_is_named_with_what_to_do() throws Exception {
        Path third = prepared.folder().resolve("batch-00003.json");
        byte[] bytes = Files.readAllBytes(third);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("person");
        bytes[at] = 'P';
        Files.write(third, bytes);

        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .isInstanceOf(PreparedUploadException.class)
                .hasMessage("batch-00003.json has been changed since it was prepared (its checksum differs)."
                        + " Prepare the upload again.");
    }

    @Test
    void a_batch_of_another_size_is_named() throws Exception {
        Files.writeString(prepared.folder().resolve("batch-00002.json"), "{\"audience\":[]}");

        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessage("batch-00002.json has been changed since it was prepared (its size differs)."
                        + " Prepare the upload again.");
    }

    @Test
    void a_missing_and_an_extra_batch_are_both_named() throws Exception {
        Files.delete(prepared.folder().resolve("batch-00001.json"));
        Files.writeString(prepared.folder().resolve("batch-00099.json"), "{\"audience\":[]}");

        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .isInstanceOfSatisfying(PreparedUploadException.class, e -> assertThat(e.problems()).containsExactly(
                        "batch-00001.json is missing from “out”. Prepare the upload again.",
                        "batch-00099.json is in “out” but is not part of this prepared upload. Prepare the upload again."));
    }

    @Test
    void a_batch_changed_after_opening_is_caught_when_sending() throws Exception {
        PreparedUpload upload = PreparedUpload.open(prepared.folder());
        PreparedBatch first = upload.batches().getFirst();
        byte[] bytes = Files.readAllBytes(prepared.folder().resolve(first.file()));
        bytes[bytes.length - 3] = (byte) (bytes[bytes.length - 3] ^ 1);
        Files.write(prepared.folder().resolve(first.file()), bytes);

        assertThatThrownBy(() -> upload.body(first, SHOP_ID, SECRET))
                .hasMessage("batch-00001.json has been changed since it was prepared (its checksum differs)."
                        + " Prepare the upload again.");
        Files.delete(prepared.folder().resolve(first.file()));
        assertThatThrownBy(() -> upload.batchBytes(first)).hasMessageContaining("batch-00001.json is missing");
    }

    @Test
    void a_folder_without_manifest_is_incomplete() throws Exception {
        Files.delete(prepared.folder().resolve("manifest.json"));

        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessage("The folder “out” holds no finished prepared upload (manifest.json is missing):"
                        + " preparing it may have been interrupted. Prepare the upload again.");
    }

    @Test
    void a_damaged_or_foreign_manifest_is_refused() throws Exception {
        Path manifest = prepared.folder().resolve("manifest.json");
        Files.writeString(manifest, "{\"format\": \"audience-import prepared upload\", \"format_ver");
        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessageContaining("is damaged (it is not valid JSON)");

        Files.writeString(manifest, "{\"hello\": 1}");
        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessageContaining("is damaged (it is not the manifest of a prepared upload)");

        Files.writeString(manifest, "{\"format\": \"audience-import prepared upload\", \"format_version\": 7}");
        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessageContaining("made by a newer version of Audience Import");

        Files.writeString(manifest, "{\"format\": \"audience-import prepared upload\", \"format_version\": 1,"
                + " \"app_version\": \"1\", \"max_request_bytes\": 10000, \"reserved_credential_bytes\": 1024,"
                + " \"counts\": {}, \"batches\": [{\"file\": \"../secret.json\", \"objects\": 1, \"bytes\": 2, \"sha256\": \"x\"}]}");
        assertThatThrownBy(() -> PreparedUpload.open(prepared.folder()))
                .hasMessageContaining("is damaged (batch 1 is named ../secret.json)");
    }

    @Test
    void a_missing_folder_is_named() {
        assertThatThrownBy(() -> PreparedUpload.open(temp.resolve("nowhere")))
                .isInstanceOf(PreparedUploadException.class)
                .hasMessageContaining("There is no prepared upload in “nowhere”");
    }
}
