package org.audienceimport.upload;

/** What to do with the request on the line when the upload is cancelled. */
public enum CancelMode {
    /** Wait for its answer (at most the request timeout), record it if accepted, then stop. */
    FINISH_CURRENT,
    /** Drop it at once; the server may or may not have received it, and a later run sends it again. */
    ABANDON_CURRENT
}
