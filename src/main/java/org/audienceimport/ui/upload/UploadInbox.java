package org.audienceimport.ui.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

import org.audienceimport.upload.ProgressListener;
import org.audienceimport.upload.UploadEvent;

/**
 * The one place where the engine's thread meets the UI's: the engine drops its events here, the UI takes
 * them on its next tick. Events that only move the numbers (waiting, preparing) are not kept: the UI reads
 * the engine's progress itself on every tick.
 */
final class UploadInbox implements ProgressListener {

    /** An event and when it arrived, for the chart of requests over time. */
    record Arrived(UploadEvent event, long nanos) {
    }

    private final Queue<Arrived> queue = new ConcurrentLinkedQueue<>();
    private final LongSupplier nanoTime;

    UploadInbox(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public void onEvent(UploadEvent event) {
        if (!(event instanceof UploadEvent.Waiting) && !(event instanceof UploadEvent.Preparing)) {
            queue.add(new Arrived(event, nanoTime.getAsLong()));
        }
    }

    List<Arrived> drain() {
        List<Arrived> taken = new ArrayList<>();
        for (Arrived next = queue.poll(); next != null; next = queue.poll()) {
            taken.add(next);
        }
        return taken;
    }
}
