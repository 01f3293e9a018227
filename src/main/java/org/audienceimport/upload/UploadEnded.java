package org.audienceimport.upload;

import org.audienceimport.text.Text;

/** Unwinds the engine's thread when the upload ends early; never leaves the engine. */
final class UploadEnded extends Exception {

    private final StopCause cause;
    private final Text reason;

    UploadEnded(StopCause cause, Text reason) {
        super(reason.english(), null, false, false);
        this.cause = cause;
        this.reason = reason;
    }

    Text reason() {
        return reason;
    }

    StopCause stopCause() {
        return cause;
    }
}
