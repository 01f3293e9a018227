package org.audienceimport.upload.http;

import java.util.Objects;

/**
 * A request body in two parts sent one after the other: a head of a few bytes, then the tail from a given
 * index. The credentials go in front of a prepared batch this way without the batch (up to 32 MB) being
 * copied into a new array for each request, which for G1 was a "humongous" allocation each time.
 */
public final class RequestBytes {

    private static final byte[] NOTHING = new byte[0];

    private final byte[] head;
    private final byte[] tail;
    private final int tailFrom;

    public RequestBytes(byte[] head, byte[] tail, int tailFrom) {
        this.head = Objects.requireNonNull(head, "head");
        this.tail = Objects.requireNonNull(tail, "tail");
        Objects.checkIndex(tailFrom, tail.length + 1);
        this.tailFrom = tailFrom;
    }

    /** A body that is one array. */
    public static RequestBytes of(byte[] body) {
        return new RequestBytes(body, NOTHING, 0);
    }

    public int length() {
        return head.length + tail.length - tailFrom;
    }

    /** Fills {@code target} with the body's bytes from position {@code from} on. */
    void copy(int from, byte[] target) {
        Objects.checkFromIndexSize(from, target.length, length());
        int fromHead = Math.max(0, Math.min(target.length, head.length - from));
        System.arraycopy(head, Math.min(from, head.length), target, 0, fromHead);
        System.arraycopy(tail, tailFrom + Math.max(0, from - head.length), target, fromHead, target.length - fromHead);
    }
}
