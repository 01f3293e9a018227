package org.audienceimport.cli;

import java.util.Locale;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.upload.RejectedBatch;
import org.audienceimport.upload.UploadReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The upload's outcome as one JSON object on stdout (a contract for scripts, see the README), and its exit code. */
final class UploadSummary {

    private UploadSummary() {
    }

    static ObjectNode json(UploadReport report, String endpoint, String source) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", report.ending().name().toLowerCase(Locale.ROOT));
        root.put("complete", report.complete());
        if (report.stopCause().isPresent()) {
            root.put("stop_cause", report.stopCause().get().name().toLowerCase(Locale.ROOT));
        } else {
            root.putNull("stop_cause");
        }
        root.put("reason", report.reason().orElse(null));
        root.put("endpoint", endpoint);
        root.put("source", source);
        root.put("batches_total", report.batchesTotal());
        root.put("batches_sent", report.batchesAccepted());
        root.put("batches_already_sent", report.batchesAlreadySent());
        root.put("objects_total", report.objectsTotal());
        root.put("objects_sent", report.objectsSent());
        root.put("objects_already_sent", report.objectsAlreadySent());
        ArrayNode rejected = root.putArray("rejected");
        for (RejectedBatch batch : report.rejected()) {
            ObjectNode node = rejected.addObject();
            node.put("batch", batch.batch());
            node.put("part", batch.part());
            node.put("objects", batch.objects());
            batch.firstRow().ifPresent(row -> node.put("first_row", row));
            batch.lastRow().ifPresent(row -> node.put("last_row", row));
            node.put("status", batch.status());
            node.put("message", batch.message());
        }
        root.put("retries", report.retries());
        root.put("duration_ms", report.duration().toMillis());
        root.put("request_in_flight", report.requestInFlight().name().toLowerCase(Locale.ROOT));
        if (report.conversion().isPresent()) {
            ConversionSummary summary = report.conversion().get();
            root.put("rows", summary.rows());
            root.put("excluded", summary.excluded());
            root.put("warnings", summary.warnings());
            root.put("duplicates", summary.duplicates());
        }
        ArrayNode tooLarge = root.putArray("too_large");
        report.tooLarge().forEach(text -> tooLarge.add(text.english()));
        root.put("journal", report.journal().map(Object::toString).orElse(null));
        return root;
    }

    static int exitCode(UploadReport report) {
        if (report.complete()) {
            boolean excluded = report.conversion().map(summary -> summary.excluded() > 0).orElse(false);
            return excluded || !report.tooLarge().isEmpty() ? ExitCodes.SOME_EXCLUDED : ExitCodes.OK;
        }
        return switch (report.stopCause().orElse(null)) {
            case SOURCE_PROBLEM -> ExitCodes.BAD_INPUT;
            case UNEXPECTED -> ExitCodes.UNEXPECTED;
            case null, default -> ExitCodes.STOPPED;
        };
    }
}
