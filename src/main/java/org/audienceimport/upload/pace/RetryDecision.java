package org.audienceimport.upload.pace;

import java.time.Duration;

/** What to do after a request, as {@link RetryPolicy} decides. Every reason is in plain words. */
public sealed interface RetryDecision {

    /** The server took the batch. */
    record Accept() implements RetryDecision {
    }

    /** Try the same batch again after {@code delay}. */
    record Retry(Duration delay, String reason) implements RetryDecision {
    }

    /** The retry budget is spent: stop sending, keep everything, and wait for the user to resume. */
    record Pause(String reason) implements RetryDecision {
    }

    /** Nothing more can be sent (wrong credentials, wrong address): stop the whole upload. */
    record Stop(StopKind kind, String reason) implements RetryDecision {
    }

    enum StopKind {
        /** The server refused the shop id or secret. */
        CREDENTIALS,
        /** The address is not the import API, or no secure connection can be made to it. */
        ADDRESS,
        /** An answer the app does not understand. */
        UNEXPECTED_ANSWER
    }

    /** The body was too large for the server: send its objects in two halves. */
    record Split(String reason) implements RetryDecision {
    }

    /** The server refused this batch for a reason of its own: note it, go on with the others. */
    record Reject(int status, String serverMessage) implements RetryDecision {
    }
}
