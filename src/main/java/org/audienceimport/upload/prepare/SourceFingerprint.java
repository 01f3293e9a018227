package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which file an upload was prepared from, so a later step can tell whether it still matches.
 *
 * @param name   the file name only (no folder: the manifest must not depend on where the file lies)
 * @param size   its size in bytes
 * @param sha256 its SHA-256, lower-case hex
 */
public record SourceFingerprint(String name, long size, String sha256) {

    /** Reads the file once, streaming, to fingerprint it. The file is opened read-only. */
    public static SourceFingerprint of(Path file) throws IOException {
        long size = Files.size(file);
        return new SourceFingerprint(file.getFileName().toString(), size, Sha256.ofFile(file));
    }
}
