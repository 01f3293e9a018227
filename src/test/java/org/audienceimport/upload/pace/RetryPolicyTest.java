package org.audienceimport.upload.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.net.ssl.SSLHandshakeException;

import org.audienceimport.upload.http.ApiAnswer;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private final RetrySettings settings = new RetrySettings(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final RetryPolicy policy = new RetryPolicy(settings, Clock.fixed(NOW, ZoneOffset.UTC), new Random(7));

    private static Outcome answer(int status, String body) {
        return new Outcome.Answered(new ApiAnswer(status, body, Optional.empty()));
    }

    private static Outcome answer(int status, String body, String retryAfter) {
        return new Outcome.Answered(new ApiAnswer(status, body, Optional.of(retryAfter)));
    }

    private RetryDecision first(Outcome outcome) {
        return policy.decide(outcome, 1, Duration.ZERO, 500);
    }

    @Test
    void twoHundredIsAccepted() {
        assertThat(first(answer(200, "{\"status\":\"success\"}"))).isInstanceOf(RetryDecision.Accept.class);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSaysInSeconds() {
        RetryDecision decision = first(answer(429, "", "20"));
        assertThat(decision).isInstanceOf(RetryDecision.Retry.class);
        RetryDecision.Retry retry = (RetryDecision.Retry) decision;
        assertThat(retry.delay()).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(21));
        assertThat(retry.reason()).isEqualTo("the server asked us to wait 20 s");
    }

    @Test
    void tooManyRequestsWaitsUntilTheHttpDateOfRetryAfter() {
        RetryDecision.Retry retry = (RetryDecision.Retry) first(answer(429, "", "Mon, 02 Nov 2026 10:01:30 GMT"));
        assertThat(retry.delay()).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(91));
        assertThat(retry.reason()).isEqualTo("the server asked us to wait 1 min 30 s");
        // A date already past means: now (plus nothing).
        RetryDecision.Retry past = (RetryDecision.Retry) first(answer(429, "", "Mon, 02 Nov 2026 09:00:00 GMT"));
        assertThat(past.delay()).isZero();
    }

    @Test
    void tooManyRequestsWithoutRetryAfterBacksOff() {
        RetryDecision.Retry retry = (RetryDecision.Retry) first(answer(429, "{}"));
        assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(retry.reason()).startsWith("the server said there were too many requests; trying again in 1 s");
    }

    @Test
    void serverErrorsBackOffExponentiallyWithJitterAndACap() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            RetryDecision.Retry retry = (RetryDecision.Retry) policy.decide(answer(503, "Service Unavailable"),
                    attempt, Duration.ZERO, 10);
            long ceiling = Math.min(30_000, 1000L << (attempt - 1));
            assertThat(retry.delay().toMillis()).isBetween(1000L, ceiling);
            assertThat(retry.reason()).startsWith("the server had a problem (503: Service Unavailable); trying again in");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(policy.backoff(30)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
        }
        // Jitter: not every wait is the same.
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> policy.backoff(6)).distinct().count()).isGreaterThan(5);
    }

    @Test
    void lostConnectionsAndTimeoutsAreRetriedInPlainWords() {
        RetryDecision.Retry lost = (RetryDecision.Retry) first(new Outcome.Failed(new IOException("Connection reset")));
        assertThat(lost.reason()).isEqualTo("the connection was lost; trying again in 1 s");
        RetryDecision.Retry timeout = (RetryDecision.Retry) first(new Outcome.Failed(new HttpTimeoutException("request timed out")));
        assertThat(timeout.reason()).startsWith("the server did not answer in time; trying again in");
        RetryDecision.Retry refused = (RetryDecision.Retry) first(new Outcome.Failed(new ConnectException()));
        assertThat(refused.reason()).startsWith("the server could not be reached; trying again in");
    }

    @Test
    void whenTheAttemptsAreSpentTheUploadPausesWithTheReason() {
        RetryDecision decision = policy.decide(answer(500, ""), 5, Duration.ofSeconds(40), 10);
        assertThat(decision).isInstanceOf(RetryDecision.Pause.class);
        assertThat(((RetryDecision.Pause) decision).reason()).contains("paused after 5 tries")
                .contains("the server had a problem (500)").contains("resume");
    }

    @Test
    void whenTheTimeIsSpentTheUploadPauses() {
        assertThat(policy.decide(new Outcome.Failed(new IOException("x")), 2, Duration.ofMinutes(10), 10))
                .isInstanceOf(RetryDecision.Pause.class);
        // A Retry-After beyond the budget's time pauses too, rather than waiting hours.
        assertThat(policy.decide(answer(429, "", "7200"), 1, Duration.ZERO, 10)).isInstanceOf(RetryDecision.Pause.class);
    }

    @Test
    void badCredentialsStopAtOnce() {
        RetryDecision decision = first(answer(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Shop not found\"}}"));
        assertThat(decision).isInstanceOf(RetryDecision.Stop.class);
        RetryDecision.Stop stop = (RetryDecision.Stop) decision;
        assertThat(stop.kind()).isEqualTo(RetryDecision.StopKind.CREDENTIALS);
        assertThat(stop.reason()).startsWith("The shop ID or secret was not accepted: check them in Account > Settings > Store Settings")
                .contains("Shop not found");
        assertThat(first(answer(400, "{\"message\":\"Invalid shop_secret\"}"))).isInstanceOf(RetryDecision.Stop.class);
        assertThat(first(answer(403, "Forbidden"))).isInstanceOf(RetryDecision.Stop.class);
    }

    @Test
    void anOtherBadRequestRejectsOnlyThatBatch() {
        RetryDecision decision = first(answer(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Unknown property: tier\"}}"));
        assertThat(decision).isEqualTo(new RetryDecision.Reject(400, "Unknown property: tier"));
        assertThat(first(answer(422, "not json at all"))).isEqualTo(new RetryDecision.Reject(422, "not json at all"));
        assertThat(first(answer(409, ""))).isEqualTo(new RetryDecision.Reject(409, "HTTP 409"));
    }

    @Test
    void tooLargeSplitsTheBatchUnlessItHoldsOneContact() {
        assertThat(first(answer(413, "Payload Too Large"))).isInstanceOf(RetryDecision.Split.class);
        assertThat(policy.decide(answer(413, "Payload Too Large"), 1, Duration.ZERO, 1)).isInstanceOf(RetryDecision.Reject.class);
    }

    @Test
    void aWrongAddressOrAnUntrustedCertificateStops() {
        assertThat(((RetryDecision.Stop) first(answer(404, "Not Found"))).kind()).isEqualTo(RetryDecision.StopKind.ADDRESS);
        assertThat(((RetryDecision.Stop) first(answer(301, ""))).kind()).isEqualTo(RetryDecision.StopKind.ADDRESS);
        assertThat(((RetryDecision.Stop) first(new Outcome.Failed(new SSLHandshakeException("PKIX path building failed")))).kind())
                .isEqualTo(RetryDecision.StopKind.ADDRESS);
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        Map<Duration, String> cases = Map.of(Duration.ofMillis(800), "800 ms", Duration.ofSeconds(4), "4 s",
                Duration.ofSeconds(125), "2 min 5 s", Duration.ofMinutes(63), "1 h 3 min", Duration.ofMinutes(2), "2 min");
        cases.forEach((duration, words) -> assertThat(Durations.words(duration)).isEqualTo(words));
    }
}
