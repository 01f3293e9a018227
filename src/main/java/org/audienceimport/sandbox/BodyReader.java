package org.audienceimport.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Reads a request body without ever holding more than the size limit, optionally at the pace of a slow link.
 *
 * <p>Past the limit the bytes are counted and discarded, but only for {@link #SLACK} more bytes: a client whose
 * body ends within that gets its 413 on a healthy connection; a bigger one is abandoned unread, and the
 * connection is closed after the 413 (the JDK server closes any connection whose request was not read to the
 * end; the answer says {@code Connection: close} too). Such a client may see the connection reset while
 * still sending rather than the 413, as with many real servers. A declared {@code Content-Length} beyond the
 * limit and the slack is refused before reading anything.
 */
final class BodyReader {

    /** How far past the limit a body is still read (and thrown away) to keep the connection usable. */
    static final int SLACK = 64 * 1024;
    private static final int CHUNK = 16 * 1024;

    /**
     * @param bytes     the body, or an empty array when it was too large
     * @param bytesRead bytes taken from the connection
     * @param tooLarge  more than the limit
     * @param complete  read to its end (false: the rest was left on the connection)
     */
    record Body(byte[] bytes, long bytesRead, boolean tooLarge, boolean complete) {
    }

    private final long limit;
    private final long bytesPerSecond;

    BodyReader(long limit, long bytesPerSecond) {
        this.limit = limit;
        this.bytesPerSecond = bytesPerSecond;
    }

    /** @param declaredLength the Content-Length header, or -1 when absent (chunked) */
    Body read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > limit + SLACK) {
            return new Body(new byte[0], 0, true, false);
        }
        int initial = (int) Math.min(declaredLength > 0 ? declaredLength : CHUNK, Math.min(limit, Integer.MAX_VALUE - 8));
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.max(initial, 16));
        byte[] chunk = new byte[chunkSize()];
        long total = 0;
        long started = System.nanoTime();
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total <= limit) {
                kept.write(chunk, 0, n);
            } else if (kept.size() > 0) {
                kept = new ByteArrayOutputStream(0);
            }
            if (total > limit + SLACK) {
                return new Body(new byte[0], total, true, false);
            }
            pace(total, started);
        }
        return total > limit ? new Body(new byte[0], total, true, true) : new Body(kept.toByteArray(), total, false, true);
    }

    private int chunkSize() {
        return bytesPerSecond == 0 ? CHUNK : (int) Math.clamp(bytesPerSecond / 20, 1, CHUNK);
    }

    /** Sleeps until reading {@code total} bytes has taken as long as the slow link would. */
    private void pace(long total, long started) throws InterruptedIOException {
        if (bytesPerSecond == 0) {
            return;
        }
        long due = started + (long) (total * 1_000_000_000.0 / bytesPerSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while reading a request body");
            }
        }
    }
}
