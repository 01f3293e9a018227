package org.audienceimport.ui.upload;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/** Requests sent over the last few minutes, counted per 10 seconds, for the small chart. */
public final class RequestHistory {

    public static final long BUCKET_NANOS = TimeUnit.SECONDS.toNanos(10);
    public static final int BUCKETS = 18;

    private final Deque<Long> sent = new ArrayDeque<>();

    /** One request was answered (or failed) at {@code nanos}. */
    public void record(long nanos) {
        sent.addLast(nanos);
    }

    public void clear() {
        sent.clear();
    }

    /** Requests per 10 s, oldest first; the last bucket ends at {@code now}. Older requests are forgotten. */
    public int[] buckets(long now) {
        long start = now - BUCKETS * BUCKET_NANOS;
        while (!sent.isEmpty() && sent.peekFirst() <= start) {
            sent.removeFirst();
        }
        int[] counts = new int[BUCKETS];
        for (long at : sent) {
            int bucket = (int) ((at - start - 1) / BUCKET_NANOS);
            counts[Math.clamp(bucket, 0, BUCKETS - 1)]++;
        }
        return counts;
    }
}
