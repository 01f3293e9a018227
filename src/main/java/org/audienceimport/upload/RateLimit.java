package org.audienceimport.upload;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code requests} requests in any rolling window of {@code window}: the platform allows 40 a
 * minute per shop. Written {@code N/DURATION}, as in {@code 40/60s}, {@code 5/3s}, {@code 20/1m} or
 * {@code 100/500ms}.
 */
public record RateLimit(int requests, Duration window) {

    public static final RateLimit PLATFORM = new RateLimit(40, Duration.ofSeconds(60));

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,7})\\s*(ms|s|m|h)?\\s*");

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one request");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit's window must be longer than zero");
        }
    }

    /** Reads {@code N/DURATION}; the unit defaults to seconds. */
    public static RateLimit parse(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\u201C" + text + "\u201D is not a rate. Write requests/window, for example"
                    + " 40/60s, 5/3s, 20/1m or 100/500ms.");
        }
        int requests = Integer.parseInt(m.group(1));
        long amount = Long.parseLong(m.group(2));
        String unit = m.group(3) == null ? "s" : m.group(3);
        Duration window = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (requests < 1 || window.isZero()) {
            throw new IllegalArgumentException("\u201C" + text + "\u201D allows no requests; use at least 1 request in a window"
                    + " longer than zero.");
        }
        return new RateLimit(requests, window);
    }

    @Override
    public String toString() {
        long millis = window.toMillis();
        return requests + "/" + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
    }
}
