package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prepares an upload offline: the file converted through its mapping, duplicates merged, and the
 * request bodies written to a folder with their manifest, ready to be sent later by the wizard or the
 * command line.
 */
public final class Preparation {

    /** What was converted and what was written. */
    public record Outcome(ConversionSummary summary, PrepareResult result) {
    }

    private final Conversion conversion;
    private final String appVersion;

    public Preparation(Conversion conversion, String appVersion) {
        this.conversion = conversion;
        this.appVersion = appVersion;
    }

    /**
     * @param mappingJson the mapping as its file holds it, recorded in the manifest
     */
    public Outcome run(Path file, TableSource source, Mapping mapping, JsonNode mappingJson, Path out, PrepareSettings settings,
                       Conversion.RowListener listener) throws SourceException, MappingException, IOException, PreparedUploadException {
        PrepareSettings withSegment = mapping.segmentId().map(settings::withSegmentId).orElse(settings);
        try (BatchWriter writer = BatchWriter.open(out, withSegment)) {
            ConversionSummary summary = conversion.run(source, TableSources.quoted(file), mapping, listener,
                    out.resolve(PreparedFolder.SPOOL_FILE),
                    (json, length, row) -> writer.addSerialised(json, length, OptionalInt.of(row)));
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("rows", summary.rows());
            counts.put("excluded", summary.excluded());
            counts.put("warnings", summary.warnings());
            counts.put("duplicates_merged", summary.duplicates());
            PrepareResult result = writer.finish(new ManifestDetails(appVersion, Optional.of(SourceFingerprint.of(file)),
                    mappingJson, counts));
            return new Outcome(summary, result);
        }
    }
}
