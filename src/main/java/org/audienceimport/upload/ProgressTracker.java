package org.audienceimport.upload;

import java.time.Duration;
import java.util.Optional;

import org.audienceimport.upload.pace.RateWindow;
import org.audienceimport.upload.pace.RateWindowState;
import org.audienceimport.upload.pace.TimeSource;

/** Counts what was sent and turns the counts into {@link Progress} snapshots, with throughput and ETA. */
final class ProgressTracker {

    private final RateWindow window;
    private final TimeSource time;
    private EngineState state = EngineState.NOT_STARTED;
    private long rowsRead;
    private int batchesTotal;
    private long objectsTotal;
    private long bytesTotal;
    private int batchesDone;
    private long objectsDone;
    private long bytesDone;
    private int batchesAlreadySent;
    private long objectsAlreadySent;
    private long bytesAlreadySent;
    private int batchesRejected;
    private int retries;
    private long objectsSentNow;
    private long bytesSentNow;
    private int requestsAcceptedNow;
    private long sendingSince = -1;
    private long pausedNanos;
    private long pausedAt = -1;

    ProgressTracker(RateWindow window, TimeSource time) {
        this.window = window;
        this.time = time;
    }

    synchronized void state(EngineState next) {
        long now = time.nanoTime();
        if (next == EngineState.PAUSED && pausedAt < 0) {
            pausedAt = now;
        } else if (next != EngineState.PAUSED && pausedAt >= 0) {
            pausedNanos += now - pausedAt;
            pausedAt = -1;
        }
        if ((next == EngineState.SENDING || next == EngineState.WAITING) && sendingSince < 0) {
            sendingSince = now;
        }
        state = next;
    }

    synchronized EngineState state() {
        return state;
    }

    synchronized void rowsRead(long rows) {
        rowsRead = rows;
    }

    synchronized void totals(int batches, long objects, long bytes) {
        batchesTotal = batches;
        objectsTotal = objects;
        bytesTotal = bytes;
    }

    synchronized void alreadySent(int objects, long bytes) {
        batchesAlreadySent++;
        objectsAlreadySent += objects;
        bytesAlreadySent += bytes;
        batchDone(objects, bytes);
    }

    /** An acceptance of an earlier run inside a split batch: counts as done, not as a batch. */
    synchronized void partAlreadySent(int objects, long bytes) {
        objectsAlreadySent += objects;
        bytesAlreadySent += bytes;
        objectsDone += objects;
        bytesDone += bytes;
    }

    synchronized void accepted(int objects, long bytes, boolean wholeBatchDone) {
        objectsSentNow += objects;
        bytesSentNow += bytes;
        requestsAcceptedNow++;
        objectsDone += objects;
        bytesDone += bytes;
        if (wholeBatchDone) {
            batchesDone++;
        }
    }

    synchronized void rejected(int objects, long bytes, boolean wholeBatchDone) {
        batchesRejected++;
        objectsDone += objects;
        bytesDone += bytes;
        if (wholeBatchDone) {
            batchesDone++;
        }
    }

    /** A split batch whose last part is dealt with. */
    synchronized void splitBatchDone() {
        batchesDone++;
    }

    private void batchDone(int objects, long bytes) {
        batchesDone++;
        objectsDone += objects;
        bytesDone += bytes;
    }

    synchronized void retried() {
        retries++;
    }

    synchronized int retries() {
        return retries;
    }

    synchronized long objectsSentNow() {
        return objectsSentNow;
    }

    synchronized int requestsAcceptedNow() {
        return requestsAcceptedNow;
    }

    synchronized int batchesAlreadySent() {
        return batchesAlreadySent;
    }

    synchronized long objectsAlreadySent() {
        return objectsAlreadySent;
    }

    synchronized Progress snapshot() {
        RateWindowState rate = window.state();
        double seconds = activeNanos() / 1e9;
        double objectsPerSecond = seconds > 0 ? objectsSentNow / seconds : 0;
        double bytesPerSecond = seconds > 0 ? bytesSentNow / seconds : 0;
        return new Progress(state, rowsRead, batchesDone, batchesTotal, objectsDone, objectsTotal, bytesDone, bytesTotal,
                batchesAlreadySent, objectsAlreadySent, batchesRejected, retries, rate, objectsPerSecond, bytesPerSecond,
                eta(rate, bytesPerSecond));
    }

    private long activeNanos() {
        if (sendingSince < 0) {
            return 0;
        }
        long now = time.nanoTime();
        long paused = pausedNanos + (pausedAt >= 0 ? now - pausedAt : 0);
        return Math.max(0, now - sendingSince - paused);
    }

    /**
     * The larger of two estimates: the bytes left at the rate seen so far, and the time the rate limit
     * alone needs for the batches left.
     */
    private Optional<Duration> eta(RateWindowState rate, double bytesPerSecond) {
        if (batchesTotal == 0 || state == EngineState.ENDED) {
            return Optional.empty();
        }
        int batchesLeft = batchesTotal - batchesDone;
        if (batchesLeft <= 0) {
            return Optional.of(Duration.ZERO);
        }
        long byRate = 0;
        int beyondFree = batchesLeft - rate.free();
        if (beyondFree > 0) {
            long windows = (beyondFree + rate.limit() - 1) / rate.limit();
            byRate = rate.nextSlotIn().toMillis() + (windows - 1) * rate.window().toMillis();
        }
        if (bytesPerSecond <= 0) {
            return requestsAcceptedNow == 0 && byRate == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(byRate));
        }
        long byThroughput = (long) ((bytesTotal - bytesDone) / bytesPerSecond * 1000);
        return Optional.of(Duration.ofMillis(Math.max(byRate, byThroughput)));
    }
}
