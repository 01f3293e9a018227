package org.audienceimport.ui.upload;

import java.time.Duration;

import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.pace.RateWindowState;

/** The upload's numbers as the user reads them, in the current language. */
public final class UploadTexts {

    private final Messages messages;

    public UploadTexts(Messages messages) {
        this.messages = messages;
    }

    /**
     * "1,204 of 5,000 contacts sent"; while the file is checked, the rows read so far, of {@code rowsInFile}
     * when they were counted (else it is below 0).
     */
    public String contacts(Progress progress, long rowsInFile) {
        if (!progress.packed()) {
            return rowsInFile > 0 ? messages.get("upload.preparing.of", progress.rowsRead(), rowsInFile)
                    : messages.get("upload.preparing", progress.rowsRead());
        }
        return messages.get("upload.contacts", progress.objectsDone(), progress.objectsTotal());
    }

    public String bytes(Progress progress) {
        return messages.get("upload.bytes", messages.fileSize(progress.bytesDone()), messages.fileSize(progress.bytesTotal()));
    }

    public String requests(Progress progress) {
        return messages.get("upload.requests", progress.batchesDone(), progress.batchesTotal());
    }

    /** Requests used in the current rate window, e.g. "12 / 40". */
    public String gauge(RateWindowState rate) {
        return rate.used() + " / " + rate.limit();
    }

    public String gaugeCaption(RateWindowState rate) {
        return messages.get("upload.gauge.caption", duration(rate.window()));
    }

    /** When the next request may go: now, or a countdown. */
    public String nextSlot(RateWindowState rate) {
        if (rate.free() > 0 || rate.nextSlotIn().isZero() || rate.nextSlotIn().isNegative()) {
            return messages.get("upload.slot.free");
        }
        return messages.get("upload.slot.in", duration(rate.nextSlotIn()));
    }

    public String throughput(Progress progress) {
        return messages.get("upload.throughput", Math.round(progress.objectsPerSecond()),
                messages.fileSize(Math.round(progress.bytesPerSecond())));
    }

    public String eta(Progress progress) {
        return progress.eta().map(left -> messages.get("upload.eta", duration(left)))
                .orElse(messages.get("upload.eta.unknown"));
    }

    /** "Request 3, attempt 2: the server was busy (503); trying again in 5 seconds." (the engine's reason says when) */
    public String retry(UploadEvent.Retrying retrying) {
        return retryMessage(retrying).in(messages);
    }

    /** The same, kept as what to say so that it is shown again in another language. */
    public static UiText retryMessage(UploadEvent.Retrying retrying) {
        return UiText.key("upload.retry", retrying.batch(), retrying.attempt(), retrying.why());
    }

    /** Whole seconds, minutes and seconds, or hours and minutes; never less than 1 s for a wait still to come. */
    public String duration(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return messages.get("upload.duration.s", seconds);
        }
        if (seconds < 3600) {
            return messages.get("upload.duration.ms", seconds / 60, String.format("%02d", seconds % 60));
        }
        return messages.get("upload.duration.hm", seconds / 3600, String.format("%02d", seconds / 60 % 60));
    }
}
