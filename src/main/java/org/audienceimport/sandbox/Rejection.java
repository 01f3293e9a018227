package org.audienceimport.sandbox;

import java.util.Map;

/**
 * A request the sandbox refuses: the status and the message of the documented error body
 * {@code {"status":"error","payload":{"message":...}}}, plus any headers the answer needs.
 */
final class Rejection extends Exception {

    private final int status;
    private final Map<String, String> headers;

    Rejection(int status, String message) {
        this(status, message, Map.of());
    }

    Rejection(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
