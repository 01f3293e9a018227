package org.audienceimport.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.audienceimport.sandbox.SandboxServer;

/**
 * When requests arrived at the sandbox, as the server sees them: a watcher thread reads the sandbox's
 * request count (taken as a request arrives, before its body is read) every fraction of a millisecond
 * and notes the moment it grows. Each noted time is at most one poll ({@link #resolution()}) after the
 * real arrival.
 *
 * <p>Meant for a client that sends one request at a time, which is what the engine does. The sandbox
 * locks its profile store while it stores a batch, and reading the count waits for that lock; but the
 * next request can only arrive after the answer, so the store is never locked at an arrival.
 */
public final class SandboxArrivals implements AutoCloseable {

    private static final long POLL_NANOS = 100_000;

    private final SandboxServer sandbox;
    private final List<Long> arrivals = new ArrayList<>();
    private final List<Long> uncertainties = new ArrayList<>();
    private final Thread watcher;
    private volatile boolean stopped;
    private long longestPoll;

    private SandboxArrivals(SandboxServer sandbox) {
        this.sandbox = sandbox;
        this.watcher = Thread.ofPlatform().daemon().name("sandbox-arrivals").unstarted(this::watch);
    }

    /** Starts noting arrivals from now on (requests already counted are not included). */
    public static SandboxArrivals watch(SandboxServer sandbox) {
        SandboxArrivals arrivals = new SandboxArrivals(sandbox);
        arrivals.watcher.start();
        return arrivals;
    }

    private void watch() {
        long seen = sandbox.stats().requests();
        long previous = System.nanoTime();
        while (!stopped) {
            long count = sandbox.stats().requests();
            long now = System.nanoTime();
            if (count > seen) {
                synchronized (this) {
                    longestPoll = Math.max(longestPoll, now - previous);
                    for (; seen < count; seen++) {
                        arrivals.add(now);
                        uncertainties.add(now - previous);
                    }
                }
            }
            previous = now;
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** The arrival times noted so far ({@link System#nanoTime()}), in order. */
    public synchronized List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    /**
     * How late arrival {@code k} may have been noted: it came after the read before it, so at most this
     * long before its noted time.
     */
    public synchronized Duration uncertainty(int k) {
        return Duration.ofNanos(uncertainties.get(k));
    }

    /** How late a noted arrival can be: the longest time between the two reads of the count around an arrival. */
    public synchronized Duration resolution() {
        return Duration.ofNanos(longestPoll);
    }

    /** From the first arrival to the last. */
    public synchronized Duration span() {
        return arrivals.size() < 2 ? Duration.ZERO : Duration.ofNanos(arrivals.getLast() - arrivals.getFirst());
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        watcher.join(Duration.ofSeconds(5));
    }
}
