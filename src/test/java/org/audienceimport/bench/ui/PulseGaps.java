package org.audienceimport.bench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The gaps between consecutive pulses of the JavaFX thread, per phase of the benchmark. With an animation
 * running, a pulse is due every frame (about 16.7 ms); a longer gap is time the thread spent on something
 * else, which the user sees as a frozen window. A gap belongs to the phase in which the pulse that ends it
 * arrives: the action that starts a phase runs on the JavaFX thread just after the phase is begun, so the
 * time it takes falls into that phase.
 *
 * <p>Not thread-safe: called on the JavaFX thread only.
 */
final class PulseGaps {

    /** What one phase saw; times in nanoseconds. */
    record Summary(String phase, int gaps, long maxGap, long p99Gap, long medianGap, int gapsOver, long threshold,
                   long wallTime, List<Stall> longest) {
    }

    /**
     * A gap over half the threshold: when it began (the pulse before it), how long it lasted, since the phase
     * began, and how the JavaFX thread spent it. Half, so that a report shows what comes near the threshold in
     * runs that stay under it.
     */
    record Stall(long start, long length, long sincePhaseStart, ThreadTimes during) {
    }

    private static final int STALLS_KEPT = 5;

    private final LongSupplier clock;
    private final Supplier<ThreadTimes> times;
    private final long threshold;
    private final List<Phase> phases = new ArrayList<>();
    private Phase current;
    private long lastPulse = Long.MIN_VALUE;
    private ThreadTimes lastTimes = ThreadTimes.UNKNOWN;

    /**
     * @param clock     nanoseconds, e.g. {@code System::nanoTime}
     * @param times     the calling thread's times, read at every pulse
     * @param threshold a gap longer than this is counted as a stall
     */
    PulseGaps(LongSupplier clock, Supplier<ThreadTimes> times, long threshold) {
        this.clock = Objects.requireNonNull(clock);
        this.times = Objects.requireNonNull(times);
        this.threshold = threshold;
    }

    /** Ends the phase running, if any, and starts one; gaps from now on count for it. */
    void begin(String phase) {
        end();
        current = new Phase(phase, clock.getAsLong());
        phases.add(current);
    }

    /** Ends the phase running; pulses until the next {@link #begin} are not counted. */
    void end() {
        if (current != null) {
            current.ended = clock.getAsLong();
            current = null;
        }
    }

    /** Called on every pulse. */
    void pulse() {
        long now = clock.getAsLong();
        ThreadTimes timesNow = times.get();
        if (current != null && lastPulse != Long.MIN_VALUE) {
            current.add(lastPulse, now - lastPulse, timesNow.minus(lastTimes), threshold);
        }
        lastPulse = now;
        lastTimes = timesNow;
    }

    /** The time of the last pulse (Long.MIN_VALUE before the first), for a watchdog that wants to know how overdue the next one is. */
    long lastPulse() {
        return lastPulse;
    }

    List<Summary> summaries() {
        return phases.stream().map(p -> p.summary(threshold, clock.getAsLong())).toList();
    }

    private static final class Phase {
        final String name;
        final long started;
        long ended = Long.MIN_VALUE;
        long[] gaps = new long[1024];
        int count;
        final List<Stall> stalls = new ArrayList<>();

        Phase(String name, long started) {
            this.name = name;
            this.started = started;
        }

        void add(long from, long gap, ThreadTimes during, long threshold) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = gap;
            if (gap > threshold / 2) {
                stalls.add(new Stall(from, gap, from - started, during));
            }
        }

        List<Stall> longest() {
            return stalls.stream().sorted(java.util.Comparator.comparingLong(Stall::length).reversed()).limit(STALLS_KEPT).toList();
        }

        Summary summary(long threshold, long now) {
            long wall = (ended == Long.MIN_VALUE ? now : ended) - started;
            if (count == 0) {
                return new Summary(name, 0, 0, 0, 0, 0, threshold, wall, List.of());
            }
            long[] sorted = Arrays.copyOf(gaps, count);
            Arrays.sort(sorted);
            int over = 0;
            for (long gap : sorted) {
                if (gap > threshold) {
                    over++;
                }
            }
            return new Summary(name, count, sorted[count - 1], percentile(sorted, 0.99), percentile(sorted, 0.5), over,
                    threshold, wall, longest());
        }

        /** Nearest rank: the smallest gap with at least {@code share} of the gaps at or below it. */
        private static long percentile(long[] sorted, double share) {
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
