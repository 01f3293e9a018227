package org.audienceimport.convert;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Serialised audience objects parked on disk in arrival order, so that a later duplicate can replace an
 * earlier object without keeping a million objects in memory. Objects that were merged into a later one
 * are marked superseded and skipped when the survivors are read back.
 */
final class ObjectSpool implements Closeable {

    /** Receives each surviving object's bytes in order. */
    @FunctionalInterface
    interface SurvivorSink {
        void accept(byte[] json, int length, int sourceRow) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;
    private FileChannel reader;
    private long[] offsets = new long[1024];
    private int[] rows = new int[1024];
    private final BitSet superseded = new BitSet();
    private int count;
    private long written;

    ObjectSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16));
    }

    /** Appends an object and returns its index. */
    int append(byte[] json, int length, int sourceRow) throws IOException {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            rows = Arrays.copyOf(rows, count * 2);
        }
        offsets[count] = written;
        rows[count] = sourceRow;
        out.writeInt(length);
        out.write(json, 0, length);
        written += 4L + length;
        return count++;
    }

    /** Reads one object back (only ever needed for the few that get merged). */
    byte[] read(int index) throws IOException {
        out.flush();
        if (reader == null) {
            reader = FileChannel.open(file, StandardOpenOption.READ);
        }
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, offsets[index]);
        byte[] json = new byte[length.flip().getInt()];
        readFully(ByteBuffer.wrap(json), offsets[index] + 4);
        return json;
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = reader.read(buffer, at);
            if (read < 0) {
                throw new IOException("The temporary file " + file + " ended early");
            }
            at += read;
        }
    }

    void supersede(int index) {
        superseded.set(index);
    }

    int survivors() {
        return count - superseded.cardinality();
    }

    /** Streams every object not superseded, in the order they were appended. */
    void forEachSurvivor(SurvivorSink sink) throws IOException {
        out.flush();
        byte[] buffer = new byte[1 << 12];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                if (length > buffer.length) {
                    buffer = new byte[Math.max(length, buffer.length * 2)];
                }
                in.readFully(buffer, 0, length);
                if (!superseded.get(i)) {
                    sink.accept(buffer, length, rows[i]);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (DataOutputStream closingOut = out; FileChannel closingReader = reader) {
            // both closed by try-with-resources; the file goes even if closing fails
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
