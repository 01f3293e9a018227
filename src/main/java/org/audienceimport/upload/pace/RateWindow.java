package org.audienceimport.upload.pace;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

import org.audienceimport.upload.RateLimit;

/**
 * Keeps to at most {@code N} requests in any rolling window, on the client's side, so that a strict
 * server never has to answer 429.
 *
 * <p>The server counts a request when it arrives, which the client cannot see; it only knows that the
 * arrival lies between the moment sending began and the moment the answer (or the failure) came back.
 * So a request holds a slot from the moment it starts, and the slot is freed one window after the
 * request <em>ended</em> — the latest moment it can have arrived — plus a small margin for clocks and
 * jitter ({@link #margin}). Request {@code i + N} therefore starts at least a window after request
 * {@code i} arrived, however long either took on the line. The price is paid once per window: the
 * margin plus the time the window's first request spent on the line (measured on loopback: 50 ms + about
 * 25 ms in a 2 s window, 3.3% above the floor; in the platform's 60 s window, about 2%).
 */
public final class RateWindow {

    private static final Duration SMALLEST_MARGIN = Duration.ofMillis(50);

    private final RateLimit limit;
    private final TimeSource time;
    private final long windowNanos;
    private final long marginNanos;
    /** When each request that still counts ended, oldest first (TimeSource nanos). */
    private final Deque<Long> ended = new ArrayDeque<>();
    private int inFlight;

    public RateWindow(RateLimit limit, TimeSource time) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.time = Objects.requireNonNull(time, "time");
        this.windowNanos = limit.window().toNanos();
        this.marginNanos = margin(limit.window()).toNanos();
    }

    /**
     * The safety margin added to the window: 2% of it, but at least 50 ms for windows of a few
     * seconds, and never more than 5% of a very short window.
     */
    public static Duration margin(Duration window) {
        Duration twoPercent = window.dividedBy(50);
        Duration fivePercent = window.dividedBy(20);
        Duration floor = SMALLEST_MARGIN.compareTo(fivePercent) < 0 ? SMALLEST_MARGIN : fivePercent;
        return twoPercent.compareTo(floor) > 0 ? twoPercent : floor;
    }

    public RateLimit limit() {
        return limit;
    }

    /** How long to wait before a request may start; zero when one may start now. */
    public synchronized Duration delayBeforeNext() {
        return Duration.ofNanos(nanosBeforeNext(time.nanoTime()));
    }

    private long nanosBeforeNext(long now) {
        forgetExpired(now);
        int over = ended.size() + inFlight - limit.requests();
        if (over < 0) {
            return 0;
        }
        if (over >= ended.size()) {
            // Every slot is held by a request still on the line: it frees a full window after it ends.
            return windowNanos + marginNanos;
        }
        long opensAt = ended.stream().skip(over).findFirst().orElseThrow() + windowNanos + marginNanos;
        return Math.max(0, opensAt - now);
    }

    private void forgetExpired(long now) {
        while (!ended.isEmpty() && ended.peekFirst() + windowNanos + marginNanos <= now) {
            ended.removeFirst();
        }
    }

    /** Takes a slot if one is free now. */
    public synchronized Optional<Slot> tryAcquire() {
        if (nanosBeforeNext(time.nanoTime()) > 0) {
            return Optional.empty();
        }
        inFlight++;
        return Optional.of(new Slot());
    }

    /** Waits (with the time source) until a slot is free, and takes it. */
    public Slot acquire() throws InterruptedException {
        while (true) {
            Optional<Slot> slot = tryAcquire();
            if (slot.isPresent()) {
                return slot.get();
            }
            time.sleep(delayBeforeNext());
        }
    }

    /**
     * Counts a request that ended {@code ago} before now, sent by an earlier run (read from the journal),
     * so a quick restart does not overrun the server's window.
     */
    public synchronized void recordEarlier(Duration ago) {
        long at = time.nanoTime() - ago.toNanos();
        if (at + windowNanos + marginNanos <= time.nanoTime()) {
            return;
        }
        // Kept in order: a slot frees in the order requests ended.
        Deque<Long> sorted = new ArrayDeque<>();
        boolean placed = false;
        for (Long t : ended) {
            if (!placed && at < t) {
                sorted.add(at);
                placed = true;
            }
            sorted.add(t);
        }
        if (!placed) {
            sorted.add(at);
        }
        ended.clear();
        ended.addAll(sorted);
    }

    public synchronized RateWindowState state() {
        long now = time.nanoTime();
        long wait = nanosBeforeNext(now);
        int used = ended.size() + inFlight;
        return new RateWindowState(limit.requests(), limit.window(), used, Math.max(0, limit.requests() - used),
                Duration.ofNanos(wait));
    }

    private synchronized void release() {
        inFlight--;
        ended.addLast(time.nanoTime());
    }

    /** A request's place in the window: held from its start; {@link #close} when its answer (or failure) came. */
    public final class Slot implements AutoCloseable {
        private boolean closed;

        private Slot() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }
}
