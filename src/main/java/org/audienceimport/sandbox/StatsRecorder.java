package org.audienceimport.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/** Counts what happens on the import endpoint; every method may be called from any request thread. */
final class StatsRecorder {

    private final LongSupplier clock;
    private final long windowNanos;
    private final Deque<Long> recentArrivals = new ArrayDeque<>();
    private final Map<Integer, Long> byStatus = new TreeMap<>();
    private long requests;
    private long accepted;
    private long objectsReceived;
    private long objectsAccepted;
    private long droppedConnections;
    private int maxRequestsInWindow;
    private long largestBodyBytes;

    StatsRecorder(LongSupplier clock, long windowNanos) {
        this.clock = clock;
        this.windowNanos = windowNanos;
    }

    /** Called as a request arrives; returns its arrival time, read under the lock so arrivals stay in order. */
    synchronized long arrived() {
        long nanos = clock.getAsLong();
        requests++;
        while (!recentArrivals.isEmpty() && recentArrivals.peekFirst() <= nanos - windowNanos) {
            recentArrivals.removeFirst();
        }
        recentArrivals.addLast(nanos);
        maxRequestsInWindow = Math.max(maxRequestsInWindow, recentArrivals.size());
        return nanos;
    }

    synchronized void bodyRead(long bytes) {
        largestBodyBytes = Math.max(largestBodyBytes, bytes);
    }

    synchronized void objectsReceived(int count) {
        objectsReceived += count;
    }

    synchronized void accepted(int objects) {
        accepted++;
        objectsAccepted += objects;
    }

    synchronized void answered(int status) {
        byStatus.merge(status, 1L, Long::sum);
    }

    synchronized void dropped() {
        droppedConnections++;
    }

    synchronized SandboxStats snapshot(long profiles) {
        return new SandboxStats(requests, accepted, byStatus, objectsReceived, objectsAccepted, profiles, droppedConnections,
                maxRequestsInWindow, largestBodyBytes);
    }

    synchronized void reset() {
        recentArrivals.clear();
        byStatus.clear();
        requests = 0;
        accepted = 0;
        objectsReceived = 0;
        objectsAccepted = 0;
        droppedConnections = 0;
        maxRequestsInWindow = 0;
        largestBodyBytes = 0;
    }
}
