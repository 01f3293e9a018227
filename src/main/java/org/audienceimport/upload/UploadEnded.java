package org.audienceimport.upload;

/** Unwinds the engine's thread when the upload ends early; never leaves the engine. */
final class UploadEnded extends Exception {

    private final StopCause cause;

    UploadEnded(StopCause cause, String reason) {
        super(reason, null, false, false);
        this.cause = cause;
    }

    StopCause stopCause() {
        return cause;
    }
}
