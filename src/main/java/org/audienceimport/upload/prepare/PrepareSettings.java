package org.audienceimport.upload.prepare;

import java.util.OptionalLong;

/**
 * How requests are packed.
 *
 * @param maxRequestBytes          the most bytes one whole request body may have, credentials included.
 *                                 The API says "32 MB"; the default reads it cautiously as 32,000,000
 *                                 rather than 32 MiB.
 * @param reservedCredentialBytes  room kept free in every batch for {@code "shop_id":"…","shop_secret":"…",},
 *                                 which the uploader adds only when sending (the credentials are not known
 *                                 while preparing and never written to disk). The default, 1 KiB, leaves
 *                                 994 bytes for the escaped id and secret together; real ones are about 60.
 * @param segmentId                the static segment the audience goes to, if any
 */
public record PrepareSettings(long maxRequestBytes, int reservedCredentialBytes, OptionalLong segmentId) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 32_000_000L;
    public static final int DEFAULT_RESERVED_CREDENTIAL_BYTES = 1024;

    /** Below this, a batch could not hold even a small contact; a limit that low is a mistake. */
    private static final long SMALLEST_USABLE_BYTES = 256;

    public PrepareSettings {
        if (segmentId == null) {
            throw new IllegalArgumentException("segmentId must be OptionalLong.empty(), not null");
        }
        if (reservedCredentialBytes < CredentialInjection.FIXED_BYTES) {
            throw new IllegalArgumentException("reservedCredentialBytes must be at least "
                    + CredentialInjection.FIXED_BYTES + " (the keys and quotes alone), was " + reservedCredentialBytes);
        }
        if (maxRequestBytes - reservedCredentialBytes < SMALLEST_USABLE_BYTES) {
            throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes
                    + " leaves less than " + SMALLEST_USABLE_BYTES + " bytes once " + reservedCredentialBytes
                    + " are reserved for the credentials");
        }
    }

    public static PrepareSettings defaults() {
        return new PrepareSettings(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_RESERVED_CREDENTIAL_BYTES, OptionalLong.empty());
    }

    public PrepareSettings withMaxRequestBytes(long bytes) {
        return new PrepareSettings(bytes, reservedCredentialBytes, segmentId);
    }

    public PrepareSettings withReservedCredentialBytes(int bytes) {
        return new PrepareSettings(maxRequestBytes, bytes, segmentId);
    }

    public PrepareSettings withSegmentId(long id) {
        return new PrepareSettings(maxRequestBytes, reservedCredentialBytes, OptionalLong.of(id));
    }

    /** The most bytes a batch file may have, so that it still fits once the credentials are added. */
    public long usableBytes() {
        return maxRequestBytes - reservedCredentialBytes;
    }
}
