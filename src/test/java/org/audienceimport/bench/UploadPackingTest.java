package org.audienceimport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.audienceimport.upload.prepare.BatchWriter;
import org.audienceimport.upload.prepare.ManifestDetails;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class UploadPackingTest {

    /** 300 bytes of room for objects and commas: usable 315 less the 13-byte header and the 2-byte footer. */
    private static final PrepareSettings PACKING = PrepareSettings.defaults()
            .withMaxRequestBytes(PrepareSettings.DEFAULT_RESERVED_CREDENTIAL_BYTES + 315);

    @TempDir
    Path dir;

    @Test
    void objectsThatFillBatchesToTheByteNeedExactlyTheSizeBound() throws Exception {
        UploadPacking packing = pack(List.of(199, 100, 199, 100));

        assertThat(packing.header()).isEqualTo("{\"audience\":[".length());
        assertThat(packing.footer()).isEqualTo(2);
        assertThat(packing.room()).isEqualTo(300);
        assertThat(packing.objects()).isEqualTo(4);
        assertThat(packing.objectBytes()).isEqualTo(598);
        assertThat(packing.total()).isEqualTo(602);
        assertThat(packing.largestBatch()).isEqualTo(315);
        assertThat(packing.sizeBound()).isEqualTo(2);
        assertThat(packing.inOrderFewest()).isEqualTo(2);
        assertThat(packing.batches()).isEqualTo(2);
    }

    @Test
    void keepingTheOrderCanCostABatchMoreThanTheSizeBound() throws Exception {
        // 200 and 200 do not share a batch; 200 and 99 fill one to the byte; the last 99 needs a third.
        UploadPacking packing = pack(List.of(200, 200, 99, 99));

        assertThat(packing.sizeBound()).isEqualTo(2);
        assertThat(packing.inOrderFewest()).isEqualTo(3);
        assertThat(packing.batches()).isEqualTo(3);
    }

    private UploadPacking pack(List<Integer> sizes) throws Exception {
        Path folder = dir.resolve("prepared");
        try (BatchWriter writer = BatchWriter.open(folder, PACKING)) {
            for (int size : sizes) {
                writer.add(objectOf(size));
            }
            writer.finish(new ManifestDetails("test", Optional.empty(), null, Map.of()));
        }
        return UploadPacking.of(PreparedUpload.open(folder), PACKING.usableBytes());
    }

    /** {"email":"xxx…"}: 12 bytes plus the padding. */
    private static ObjectNode objectOf(int bytes) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("email", "x".repeat(bytes - "{\"email\":\"\"}".length()));
        assertThat(object.toString()).hasSize(bytes);
        return object;
    }
}
