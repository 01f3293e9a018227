package org.audienceimport.upload.pace;

import java.time.Duration;

import org.audienceimport.text.Text;

/** What to do after a request, as {@link RetryPolicy} decides. Every reason is in plain words, in any language. */
public sealed interface RetryDecision {

    /** The server took the batch. */
    record Accept() implements RetryDecision {
    }

    /** Try the same batch again after {@code delay}. */
    record Retry(Duration delay, Text why) implements RetryDecision {
        public String reason() {
            return why.english();
        }
    }

    /** The retry budget is spent: stop sending, keep everything, and wait for the user to resume. */
    record Pause(Text why) implements RetryDecision {
        public String reason() {
            return why.english();
        }
    }

    /** Nothing more can be sent (wrong credentials, wrong address): stop the whole upload. */
    record Stop(StopKind kind, Text why) implements RetryDecision {
        public String reason() {
            return why.english();
        }
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
    record Split(Text why) implements RetryDecision {
        public String reason() {
            return why.english();
        }
    }

    /** The server refused this batch for a reason of its own: note it, go on with the others. */
    record Reject(int status, Text message) implements RetryDecision {
        /** The server's own words, which no language of the app can change. */
        public Reject(int status, String serverMessage) {
            this(status, Text.verbatim(serverMessage));
        }

        public String serverMessage() {
            return message.english();
        }
    }
}
