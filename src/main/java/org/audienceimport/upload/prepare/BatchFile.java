package org.audienceimport.upload.prepare;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.OptionalInt;

/**
 * One batch being written: bytes go straight to a temporary file (never collected in memory) while
 * their count and checksum are kept; {@link #commit} syncs it and moves it to its real name.
 */
final class BatchFile {

    private static final int BUFFER = 1 << 16;

    private final int number;
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream out;
    private final MessageDigest digest = Sha256.newDigest();
    private long bytes;
    private int objects;
    private OptionalInt firstRow = OptionalInt.empty();
    private OptionalInt lastRow = OptionalInt.empty();

    BatchFile(PreparedFolder folder, int number) throws IOException {
        this.number = number;
        this.target = folder.resolve(PreparedFolder.batchName(number));
        this.temporary = PreparedFolder.temporary(target);
        this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
    }

    long bytes() {
        return bytes;
    }

    int objects() {
        return objects;
    }

    void write(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        digest.update(data, offset, length);
        bytes += length;
    }

    void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    void write(byte single) throws IOException {
        out.write(single);
        digest.update(single);
        bytes++;
    }

    void countObject(OptionalInt row) {
        objects++;
        if (row.isPresent()) {
            if (firstRow.isEmpty()) {
                firstRow = row;
            }
            lastRow = row;
        }
    }

    PreparedBatch commit() throws IOException {
        try (channel) {
            out.flush();
            channel.force(true);
        }
        PreparedFolder.moveIntoPlace(temporary, target);
        return new PreparedBatch(number, target.getFileName().toString(), objects, bytes, Sha256.hex(digest),
                firstRow, lastRow);
    }

    /** Gives up on the batch: closes and deletes the temporary file. */
    void abandon() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
