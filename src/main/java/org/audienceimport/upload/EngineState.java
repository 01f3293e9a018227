package org.audienceimport.upload;

/** What the engine is doing. */
public enum EngineState {
    NOT_STARTED,
    /** Reading and checking the file, packing the batches. */
    PREPARING,
    SENDING,
    /** Waiting: for the rate window, or before trying again. */
    WAITING,
    PAUSED,
    /** Done: see the report. */
    ENDED
}
