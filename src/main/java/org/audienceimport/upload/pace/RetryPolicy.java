package org.audienceimport.upload.pace;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.audienceimport.upload.http.ApiAnswer;
import org.audienceimport.text.Text;

/**
 * Decides what follows each request:
 * <ul>
 * <li>2xx: accepted.</li>
 * <li>429, 408, 5xx, a timeout or a lost connection: tried again after a wait that grows exponentially
 *     with full jitter (a random wait between the base delay and the current ceiling), or exactly as long
 *     as the server's {@code Retry-After} asks; once the budget ({@link RetrySettings}) is spent, the upload
 *     pauses with the reason, keeping all its work.</li>
 * <li>400 (or 401, 403) about the shop id or secret: the whole upload stops at once; every further
 *     request would be refused the same way.</li>
 * <li>404, 405 and redirects: the address is not the import API; the upload stops.</li>
 * <li>413: the batch is split in two (a batch of one contact cannot be split and is rejected).</li>
 * <li>Any other 4xx: this batch is rejected with the server's message; the others go on.</li>
 * </ul>
 * A TLS failure (an untrusted certificate) is not retried: it does not heal by waiting.
 */
public final class RetryPolicy {

    private static final Pattern CREDENTIAL_WORDS = Pattern.compile(
            "shop not found|shop_secret|shop secret|secret key|shop_id|shop id|invalid shop|unknown shop"
                    + "|unauthori[sz]ed|not authori[sz]ed|authori[sz]ation|authenticat|credential",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

    private final RetrySettings settings;
    private final Clock clock;
    private final RandomGenerator random;

    public RetryPolicy(RetrySettings settings, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    public RetrySettings settings() {
        return settings;
    }

    /**
     * @param outcome       what the last request brought
     * @param attempts      how many times this batch has now been tried without success in a row,
     *                      this one included (1 after the first failure)
     * @param failingFor    how long since this batch first failed (zero on its first failure)
     * @param objects       how many contacts the batch holds (a batch of one cannot be split)
     */
    public RetryDecision decide(Outcome outcome, int attempts, Duration failingFor, int objects) {
        return switch (outcome) {
            case Outcome.Answered answered -> decide(answered.answer(), attempts, failingFor, objects);
            case Outcome.Failed failed -> decide(failed.failure(), attempts, failingFor);
        };
    }

    private RetryDecision decide(ApiAnswer answer, int attempts, Duration failingFor, int objects) {
        int status = answer.status();
        if (answer.accepted()) {
            return new RetryDecision.Accept();
        }
        String message = ServerMessage.of(status, answer.body());
        if (status == 429) {
            Optional<Duration> asked = retryAfter(answer);
            if (asked.isPresent()) {
                return retryAsAsked(asked.get(), Text.of("upload.retry.askedToWait", Durations.text(asked.get())),
                        attempts, failingFor);
            }
            return retry(Text.of("upload.retry.tooManyRequests"), attempts, failingFor);
        }
        if (status >= 500 || status == 408) {
            Text what = message.equals("HTTP " + status) ? Text.of("upload.retry.serverProblem", status)
                    : Text.of("upload.retry.serverProblemSaid", status, message);
            Optional<Duration> asked = retryAfter(answer);
            if (asked.isPresent()) {
                return retryAsAsked(asked.get(), Text.of("upload.retry.andAskedToWait", what, Durations.text(asked.get())),
                        attempts, failingFor);
            }
            return retry(what, attempts, failingFor);
        }
        if ((status == 400 || status == 401 || status == 403) && (status != 400 || CREDENTIAL_WORDS.matcher(message).find())) {
            return new RetryDecision.Stop(RetryDecision.StopKind.CREDENTIALS, Text.of("upload.stop.credentials", message));
        }
        if (status == 404 || status == 405 || (status >= 300 && status < 400)) {
            return new RetryDecision.Stop(RetryDecision.StopKind.ADDRESS, Text.of("upload.stop.address", status));
        }
        if (status == 413) {
            if (objects > 1) {
                return new RetryDecision.Split(Text.of("upload.split"));
            }
            return new RetryDecision.Reject(status, Text.of("upload.reject.contactTooLarge", message));
        }
        if (status >= 400 && status < 500) {
            return new RetryDecision.Reject(status, message);
        }
        return new RetryDecision.Stop(RetryDecision.StopKind.UNEXPECTED_ANSWER, Text.of("upload.stop.unexpected", status, message));
    }

    private RetryDecision decide(IOException failure, int attempts, Duration failingFor) {
        if (failure instanceof SSLException) {
            return new RetryDecision.Stop(RetryDecision.StopKind.ADDRESS, Text.of("upload.stop.tls", failure.getMessage()));
        }
        Text what;
        if (failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException) {
            what = Text.of("upload.retry.unreachable");
        } else if (failure instanceof UnknownHostException) {
            what = Text.of("upload.retry.unknownHost");
        } else if (failure instanceof HttpTimeoutException) {
            what = Text.of("upload.retry.timeout");
        } else {
            what = Text.of("upload.retry.connectionLost");
        }
        return retry(what, attempts, failingFor);
    }

    private RetryDecision retry(Text what, int attempts, Duration failingFor) {
        Duration wait = backoff(attempts);
        return budgetAllows(wait, attempts, failingFor)
                ? new RetryDecision.Retry(wait, Text.of("upload.retry.tryingAgainIn", what, Durations.text(wait)))
                : pause(what, attempts);
    }

    private RetryDecision retryAsAsked(Duration asked, Text what, int attempts, Duration failingFor) {
        // A little more than asked, so a crowd of clients does not return at the same instant.
        long extraMillis = Math.min(1000, asked.toMillis() / 10);
        Duration wait = asked.plusMillis(extraMillis == 0 ? 0 : random.nextLong(extraMillis + 1));
        return budgetAllows(wait, attempts, failingFor) ? new RetryDecision.Retry(wait, what) : pause(what, attempts);
    }

    private boolean budgetAllows(Duration wait, int attempts, Duration failingFor) {
        return attempts < settings.maxAttempts() && failingFor.plus(wait).compareTo(settings.maxTime()) <= 0;
    }

    private RetryDecision pause(Text what, int attempts) {
        return new RetryDecision.Pause(attempts == 1 ? Text.of("upload.pause.afterOneTry", what)
                : Text.of("upload.pause.afterTries", attempts, what));
    }

    /** Full jitter: a random wait between the base delay and {@code base × 2^(attempts-1)}, capped. */
    Duration backoff(int attempts) {
        long base = settings.baseDelay().toMillis();
        long cap = settings.maxDelay().toMillis();
        long ceiling = base << Math.min(30, Math.max(0, attempts - 1));
        ceiling = ceiling < 0 ? cap : Math.min(cap, ceiling);
        return Duration.ofMillis(ceiling <= base ? base : random.nextLong(base, ceiling + 1));
    }

    /** {@code Retry-After} as seconds or as an HTTP date; a date in the past means now. */
    Optional<Duration> retryAfter(ApiAnswer answer) {
        if (answer.retryAfter().isEmpty()) {
            return Optional.empty();
        }
        String value = answer.retryAfter().get().strip();
        if (SECONDS.matcher(value).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US));
            Duration until = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
