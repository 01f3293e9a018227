package org.audienceimport.upload;

import java.nio.file.Path;
import java.time.Duration;

import org.audienceimport.text.Text;

/** What the engine tells its listener; each event carries the progress at that moment. */
public sealed interface UploadEvent {

    Progress progress();

    /** Reading and checking the file, packing it into batches ({@code progress.rowsRead()} grows). */
    record Preparing(Progress progress) implements UploadEvent {
    }

    /** The batches are known; sending begins. {@code resumed}: an earlier run had begun this upload. */
    record Started(Progress progress, boolean resumed, Path journal) implements UploadEvent {
    }

    /** Waiting for the rate window before the next request. */
    record Waiting(Progress progress, Duration delay) implements UploadEvent {
    }

    record BatchAccepted(Progress progress, int batch, String part, int objects) implements UploadEvent {
    }

    record BatchRejected(Progress progress, RejectedBatch rejected) implements UploadEvent {
    }

    /** The server found a batch too large; it is sent in two halves. */
    record BatchSplit(Progress progress, int batch, String part, Text why) implements UploadEvent {
        public String reason() {
            return why.english();
        }
    }

    /** A request failed and will be tried again after {@code delay}; {@code reason} says why, in plain words. */
    record Retrying(Progress progress, int batch, int attempt, Duration delay, Text why) implements UploadEvent {
        /** A reason that is the same in every language. */
        public Retrying(Progress progress, int batch, int attempt, Duration delay, String reason) {
            this(progress, batch, attempt, delay, Text.verbatim(reason));
        }

        public String reason() {
            return why.english();
        }
    }

    /** Sending is paused: by the user, or because the server kept failing ({@code byUser} false). */
    record Paused(Progress progress, Text why, boolean byUser) implements UploadEvent {
        public String reason() {
            return why.english();
        }
    }

    record Resumed(Progress progress) implements UploadEvent {
    }

    /** The upload ended; nothing follows. */
    record Ended(Progress progress, UploadReport report) implements UploadEvent {
    }
}
