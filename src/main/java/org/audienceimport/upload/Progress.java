package org.audienceimport.upload;

import java.time.Duration;
import java.util.Optional;

import org.audienceimport.upload.pace.RateWindowState;

/**
 * The upload at one moment, for a progress bar. Counts cover this upload across runs: what an earlier
 * run already sent is in {@code batchesAlreadySent} / {@code objectsAlreadySent} and counts as done.
 *
 * @param rowsRead           while preparing a file: rows read so far
 * @param batchesDone        batches finished: accepted now or before, or rejected
 * @param batchesTotal       batches in the upload (0 until known)
 * @param objectsDone        contacts accepted now or before, or rejected
 * @param objectsTotal       contacts in the upload (0 until known)
 * @param bytesDone          request bytes accepted now or before, or rejected (credentials not counted)
 * @param bytesTotal         request bytes in the upload (credentials not counted)
 * @param batchesAlreadySent batches an earlier run of the same upload had sent
 * @param objectsAlreadySent their contacts
 * @param batchesRejected    batches (or parts) the server refused
 * @param retries            requests tried again
 * @param rate               the rate window's state
 * @param objectsPerSecond   contacts accepted per second in this run
 * @param bytesPerSecond     bytes accepted per second in this run
 * @param eta                the time still needed, once it can be estimated
 */
public record Progress(EngineState state, long rowsRead, int batchesDone, int batchesTotal, long objectsDone,
                       long objectsTotal, long bytesDone, long bytesTotal, int batchesAlreadySent,
                       long objectsAlreadySent, int batchesRejected, int retries, RateWindowState rate,
                       double objectsPerSecond, double bytesPerSecond, Optional<Duration> eta) {

    /** Whether the totals are known: the file has been read, checked and packed into requests. */
    public boolean packed() {
        return objectsTotal > 0;
    }

    /** The share done, 0 to 1, by bytes (the best measure of the time still needed). */
    public double fraction() {
        return bytesTotal == 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
