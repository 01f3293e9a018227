package org.audienceimport.upload;

/**
 * Receives the engine's events, on the engine's thread: keep it quick, and hand over to another thread
 * (the UI's) if it must do more. An exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface ProgressListener {

    void onEvent(UploadEvent event);

    static ProgressListener none() {
        return event -> { };
    }
}
