package org.audienceimport.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.text.Text;

/**
 * How an upload ended.
 *
 * @param ending             finished (every batch dealt with), stopped, or cancelled
 * @param stopCause          why it ended early, when it did
 * @param why                the reason in plain words, when it ended early
 * @param objectsSent        contacts accepted in this run
 * @param batchesAccepted    batches (or parts) accepted in this run
 * @param batchesAlreadySent batches an earlier run had sent (skipped now)
 * @param objectsAlreadySent their contacts
 * @param batchesTotal       batches in the upload
 * @param objectsTotal       contacts in the upload
 * @param rejected           what the server refused, with its rows
 * @param retries            requests tried again
 * @param duration           how long this run took
 * @param requestInFlight    on cancel: what became of the request on the line
 * @param conversion         for a file sent directly: what checking it found (rows excluded etc.)
 * @param tooLarge           contacts left out because each alone is too large for a request
 * @param journal            the journal file, when one was opened
 */
public record UploadReport(Ending ending, Optional<StopCause> stopCause, Optional<Text> why, long objectsSent,
                           int batchesAccepted, int batchesAlreadySent, long objectsAlreadySent, int batchesTotal,
                           long objectsTotal, List<RejectedBatch> rejected, int retries, Duration duration,
                           InFlight requestInFlight, Optional<ConversionSummary> conversion, List<Text> tooLarge,
                           Optional<Path> journal) {

    public enum Ending { FINISHED, STOPPED, CANCELLED }

    /** On cancel, the request that was on the line. */
    public enum InFlight {
        /** No request was on the line. */
        NONE,
        /** It was allowed to finish; its answer was recorded. */
        FINISHED,
        /** It was dropped; the server may or may not have it, and a later run sends it again (harmless). */
        ABANDONED
    }

    public UploadReport {
        rejected = List.copyOf(rejected);
        tooLarge = List.copyOf(tooLarge);
    }

    /** The reason it ended early, in English, as the command line shows it. */
    public Optional<String> reason() {
        return why.map(Text::english);
    }

    /** Every contact is on the server: nothing rejected, nothing left out, nothing left to send. */
    public boolean complete() {
        return ending == Ending.FINISHED && rejected.isEmpty();
    }
}
