package org.audienceimport.upload.http;

import java.util.Optional;

/**
 * What the server answered to one request.
 *
 * @param status     the HTTP status
 * @param body       the start of the answer's body as text (bounded: an answer is a short JSON object)
 * @param retryAfter the {@code Retry-After} header, as sent (seconds or an HTTP date)
 */
public record ApiAnswer(int status, String body, Optional<String> retryAfter) {

    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
