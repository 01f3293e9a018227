package org.audienceimport.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.audienceimport.upload.RateLimit;

/**
 * The platform's rate limit as a strict server applies it: per shop, at most N requests whose
 * <em>arrival</em> falls in any rolling window, the window being half-open {@code (t - W, t]}. Only admitted
 * requests take a place in the window; a refused one (429) does not, so a client that waits as told gets in.
 * Times are nanoseconds from {@link System#nanoTime()} (or a test's clock), taken when a request arrives.
 */
final class RateWindows {

    /** Whether a request may go on, and if not, how long to wait. */
    record Admission(boolean admitted, Duration retryAfter) {

        static final Admission ADMITTED = new Admission(true, Duration.ZERO);

        /** Whole seconds, rounded up and at least one, as the {@code Retry-After} header wants them. */
        long retryAfterSeconds() {
            long nanos = retryAfter.toNanos();
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }

    private final RateLimit limit;
    private final long windowNanos;
    private final Map<String, Deque<Long>> admittedByShop = new HashMap<>();

    RateWindows(RateLimit limit) {
        this.limit = limit;
        this.windowNanos = limit.window().toNanos();
    }

    /**
     * Admits the request that arrived at {@code arrivalNanos} if fewer than N admitted requests arrived in
     * the window that ends there. Requests are read concurrently, so one that arrived later may already be
     * admitted; those count too, which errs on the strict side.
     *
     * @param nowNanos when the answer is given, to say how long is left to wait
     */
    synchronized Admission admit(String shop, long arrivalNanos, long nowNanos) {
        Deque<Long> admitted = admittedByShop.computeIfAbsent(shop, s -> new ArrayDeque<>());
        while (!admitted.isEmpty() && admitted.peekFirst() <= arrivalNanos - windowNanos) {
            admitted.removeFirst();
        }
        if (admitted.size() < limit.requests()) {
            insertInOrder(admitted, arrivalNanos);
            return Admission.ADMITTED;
        }
        long oldestLeaves = admitted.peekFirst() + windowNanos;
        return new Admission(false, Duration.ofNanos(Math.max(0, oldestLeaves - nowNanos)));
    }

    private static void insertInOrder(Deque<Long> admitted, long arrival) {
        if (admitted.isEmpty() || admitted.peekLast() <= arrival) {
            admitted.addLast(arrival);
            return;
        }
        Deque<Long> later = new ArrayDeque<>();
        while (!admitted.isEmpty() && admitted.peekLast() > arrival) {
            later.addFirst(admitted.removeLast());
        }
        admitted.addLast(arrival);
        admitted.addAll(later);
    }

    synchronized void reset() {
        admittedByShop.clear();
    }

    RateLimit limit() {
        return limit;
    }
}
