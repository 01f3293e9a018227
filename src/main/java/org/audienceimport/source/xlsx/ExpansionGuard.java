package org.audienceimport.source.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a zip entry that inflates far beyond its compressed size, the same rule POI's ZipSecureFile
 * applies to files on disk (more than 100 times after the first megabyte), for packages read from memory.
 */
final class ExpansionGuard extends FilterInputStream {

    static final String MESSAGE = "Zip bomb detected: a part expands more than 100 times";
    private static final long GRACE_BYTES = 1 << 20;
    private static final long MAX_RATIO = 100;

    private final long compressedSize;
    private long expanded;

    ExpansionGuard(InputStream in, long compressedSize) {
        super(in);
        this.compressedSize = Math.max(compressedSize, 1);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        expanded += n;
        if (expanded > GRACE_BYTES && expanded / compressedSize > MAX_RATIO) {
            throw new IOException(MESSAGE);
        }
    }
}
