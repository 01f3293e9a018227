package org.audienceimport.upload.prepare;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the caller knows about a prepared upload and the writer does not, recorded in its manifest.
 *
 * @param appVersion the version of the app that prepared it
 * @param source     the file it was prepared from, if any
 * @param mapping    the mapping used, in its JSON form (null or a NullNode when there is none)
 * @param counts     the caller's own counts, e.g. {@code rows_read}, {@code rows_excluded},
 *                   {@code warnings}, {@code duplicates_merged}: lower_snake names, which must not
 *                   clash with the writer's ({@code objects}, {@code batches}, {@code skipped_too_large})
 */
public record ManifestDetails(String appVersion, Optional<SourceFingerprint> source, JsonNode mapping,
                              Map<String, Long> counts) {

    public ManifestDetails {
        counts = Map.copyOf(counts);
    }
}
