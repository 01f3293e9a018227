package org.audienceimport.upload;

/** Why an upload ended before sending everything. */
public enum StopCause {
    /** The server refused the shop id or secret. */
    BAD_CREDENTIALS,
    /** The address is not the import API (404, 405, a redirect) or the secure connection failed. */
    WRONG_ADDRESS,
    /** The server kept refusing batches, or answered something not understood. */
    SERVER_REFUSED,
    /** The server or the network kept failing; the upload was paused and then not resumed. */
    RETRIES_EXHAUSTED,
    /** The file, the mapping or the prepared folder cannot be used. */
    SOURCE_PROBLEM,
    /** A problem on this computer (the journal or the scratch folder could not be written). */
    LOCAL_PROBLEM,
    /** The user cancelled. */
    CANCELLED,
    /** A fault in the app. */
    UNEXPECTED
}
