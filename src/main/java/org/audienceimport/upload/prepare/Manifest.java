package org.audienceimport.upload.prepare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The contents of {@code manifest.json}: how a prepared upload was made and which batches it holds.
 * Nothing in it depends on the time or the folder, so the same input gives the same manifest.
 *
 * @param mapping the mapping used, or a NullNode
 * @param counts the writer's counts ({@code objects}, {@code batches}, {@code skipped_too_large}) first,
 *               then the caller's, in name order
 */
public record Manifest(int formatVersion, String appVersion, Optional<SourceFingerprint> source,
                       OptionalLong segmentId, long maxRequestBytes, int reservedCredentialBytes,
                       Map<String, Long> counts, JsonNode mapping, List<PreparedBatch> batches) {

    public static final int FORMAT_VERSION = 1;

    public Manifest {
        batches = List.copyOf(batches);
        mapping = mapping == null ? NullNode.getInstance() : mapping;
    }

    /** How many contacts the batches hold together. */
    public long objects() {
        return batches.stream().mapToLong(PreparedBatch::objects).sum();
    }
}
