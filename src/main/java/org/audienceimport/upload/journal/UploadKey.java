package org.audienceimport.upload.journal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.OptionalLong;

import org.audienceimport.upload.prepare.Sha256;

/**
 * What makes two runs "the same upload", so the second finds the first's journal: the content to send
 * (a prepared upload's batch checksums, or a file's checksum with its mapping and packing limit), the
 * address, the shop and the segment. Never the secret: the key is a file name.
 *
 * @param hex the SHA-256 of those parts, lower-case hex
 */
public record UploadKey(String hex) {

    public UploadKey {
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an upload key is 64 hex digits");
        }
    }

    /** A prepared upload: its batches' checksums in order. */
    public static UploadKey prepared(List<String> batchChecksums, URI endpoint, String shopId, OptionalLong segmentId) {
        MessageDigest digest = Sha256.newDigest();
        field(digest, "prepared");
        field(digest, String.valueOf(batchChecksums.size()));
        batchChecksums.forEach(sum -> field(digest, sum));
        return finish(digest, endpoint, shopId, segmentId);
    }

    /** A file sent straight from its sheet: the file's checksum, the mapping as canonical JSON, the packing limit. */
    public static UploadKey file(String fileSha256, String canonicalMapping, long maxRequestBytes, URI endpoint,
                                 String shopId, OptionalLong segmentId) {
        MessageDigest digest = Sha256.newDigest();
        field(digest, "file");
        field(digest, fileSha256);
        field(digest, canonicalMapping);
        field(digest, String.valueOf(maxRequestBytes));
        return finish(digest, endpoint, shopId, segmentId);
    }

    private static UploadKey finish(MessageDigest digest, URI endpoint, String shopId, OptionalLong segmentId) {
        field(digest, endpoint.toString());
        field(digest, shopId);
        field(digest, segmentId.isPresent() ? String.valueOf(segmentId.getAsLong()) : "");
        return new UploadKey(Sha256.hex(digest));
    }

    /** Each part with its length first, so no two different lists of parts give the same bytes. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    @Override
    public String toString() {
        return hex;
    }
}
