package org.audienceimport.upload.pace;

import java.time.Duration;

/**
 * How hard to try before pausing.
 *
 * @param maxAttempts how many times one batch may be tried in a row without success (the first try
 *                    included) before the upload pauses
 * @param maxTime     how long one batch may keep failing, from its first failure, before the upload pauses
 * @param baseDelay   the first wait after a failure
 * @param maxDelay    the longest wait the backoff grows to (a server's Retry-After may ask for longer)
 */
public record RetrySettings(int maxAttempts, Duration maxTime, Duration baseDelay, Duration maxDelay) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxTime.isNegative() || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive, and maxDelay at least baseDelay");
        }
    }

    public static RetrySettings defaults() {
        return new RetrySettings(8, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(2));
    }
}
