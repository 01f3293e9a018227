package org.audienceimport.source.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared-string table, stored compactly: UTF-8 bytes with a length prefix in 16 MB blocks, plus
 * one long offset per string. Millions of unique e-mail addresses fit in a small heap this way; beyond
 * the spill threshold the blocks go to a temporary file that is memory-mapped for reading and deleted
 * on close, so the heap never holds more than the threshold of text.
 */
final class SharedStrings implements Closeable {

    static final int DEFAULT_BLOCK_BYTES = 1 << 24;
    private static final int FIRST_BLOCK_BYTES = 1 << 16;
    private static final int OFFSETS_PER_PAGE = 1 << 16;

    private final List<byte[]> blocks = new ArrayList<>();
    private final List<long[]> offsetPages = new ArrayList<>();
    private final long spillThreshold;
    private final int blockBytes;
    private final SpillCipher cipher;
    private byte[] current;
    private int used;
    private int count;
    private long storedBytes;
    private Path spillFile;
    private FileChannel spillChannel;
    private Arena arena;
    private MemorySegment mapped;

    /** @param spillThreshold bytes of text kept on the heap before the rest moves to a temporary file */
    SharedStrings(long spillThreshold) {
        this(spillThreshold, DEFAULT_BLOCK_BYTES);
    }

    SharedStrings(long spillThreshold, int blockBytes) {
        this(spillThreshold, blockBytes, null);
    }

    /** @param cipher encrypts what is spilled (for decrypted workbooks), or null to spill as is */
    SharedStrings(long spillThreshold, int blockBytes, SpillCipher cipher) {
        this.spillThreshold = spillThreshold;
        this.blockBytes = blockBytes;
        this.cipher = cipher;
    }

    static SharedStrings empty() {
        return new SharedStrings(Long.MAX_VALUE);
    }

    int size() {
        return count;
    }

    /** True when the text lives in the temporary file rather than on the heap. */
    boolean spilled() {
        return mapped != null;
    }

    /** The temporary file holding the text once spilled; null before (for tests). */
    Path spillFile() {
        return spillFile;
    }

    void add(String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int needed = utf8.length + 5;
        if (needed > blockBytes) {
            throw new IOException("A shared string is longer than a block");
        }
        if (current == null) {
            startBlock();
        } else if (used + needed > current.length) {
            if (current.length < blockBytes) {
                current = Arrays.copyOf(current, Math.min(blockBytes, Math.max(current.length * 2, used + needed)));
                blocks.set(blocks.size() - 1, spillChannel != null ? null : current);
            }
            if (used + needed > current.length) {
                startBlock();
            }
        }
        long offset = (long) (blocks.size() - 1) * blockBytes + used;
        used = writeLength(current, used, utf8.length);
        System.arraycopy(utf8, 0, current, used, utf8.length);
        used += utf8.length;
        storedBytes += needed;
        recordOffset(offset);
    }

    /** Ends the building: spilled blocks are mapped for reading. */
    void finish() throws IOException {
        if (spillChannel != null) {
            writeBlock(blocks.size() - 1, current, used);
            current = null;
            arena = Arena.ofShared();
            mapped = spillChannel.map(FileChannel.MapMode.READ_ONLY, 0, spillChannel.size(), arena);
        }
    }

    /** The string at this index, or null where the index is outside the table. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        long offset = offsetPages.get(index / OFFSETS_PER_PAGE)[index % OFFSETS_PER_PAGE];
        if (mapped != null) {
            return readMapped(offset);
        }
        byte[] block = blocks.get((int) (offset / blockBytes));
        int position = (int) (offset % blockBytes);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = block[position++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return new String(block, position, length, StandardCharsets.UTF_8);
    }

    private String readMapped(long offset) {
        byte[] head = new byte[(int) Math.min(5, mapped.byteSize() - offset)];
        MemorySegment.copy(mapped, ValueLayout.JAVA_BYTE, offset, head, 0, head.length);
        if (cipher != null) {
            cipher.apply(head, 0, head.length, offset);
        }
        int position = 0;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = head[position++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        byte[] bytes = new byte[length];
        MemorySegment.copy(mapped, ValueLayout.JAVA_BYTE, offset + position, bytes, 0, length);
        if (cipher != null) {
            cipher.apply(bytes, 0, length, offset + position);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void startBlock() throws IOException {
        if (current != null) {
            int last = blocks.size() - 1;
            if (spillChannel == null && storedBytes > spillThreshold) {
                spillChannel = openSpillFile();
                for (int i = 0; i <= last; i++) {
                    writeBlock(i, blocks.get(i), i == last ? used : blocks.get(i).length);
                    blocks.set(i, null);
                }
            } else if (spillChannel != null) {
                writeBlock(last, current, used);
            }
        }
        boolean reuse = spillChannel != null && current != null && current.length == blockBytes;
        current = reuse ? current : new byte[current == null ? Math.min(FIRST_BLOCK_BYTES, blockBytes) : blockBytes];
        blocks.add(spillChannel != null ? null : current);
        used = 0;
    }

    private FileChannel openSpillFile() throws IOException {
        spillFile = Files.createTempFile("audience-import-strings-", ".bin");
        return FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private void writeBlock(int blockIndex, byte[] block, int length) throws IOException {
        long position = (long) blockIndex * blockBytes;
        if (cipher != null) {
            // Encrypts in place: the block is written once and never read from the heap again.
            cipher.apply(block, 0, length, position);
        }
        ByteBuffer buffer = ByteBuffer.wrap(block, 0, length);
        while (buffer.hasRemaining()) {
            position += spillChannel.write(buffer, position);
        }
    }

    private static int writeLength(byte[] block, int position, int length) {
        int value = length;
        while (value >= 0x80) {
            block[position++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        block[position++] = (byte) value;
        return position;
    }

    private void recordOffset(long offset) {
        int page = count / OFFSETS_PER_PAGE;
        if (page == offsetPages.size()) {
            offsetPages.add(new long[OFFSETS_PER_PAGE]);
        }
        offsetPages.get(page)[count % OFFSETS_PER_PAGE] = offset;
        count++;
    }

    @Override
    public void close() throws IOException {
        blocks.clear();
        current = null;
        try {
            if (arena != null) {
                arena.close();
            }
        } finally {
            arena = null;
            mapped = null;
            try {
                if (spillChannel != null) {
                    spillChannel.close();
                }
            } finally {
                spillChannel = null;
                if (spillFile != null) {
                    Files.deleteIfExists(spillFile);
                    spillFile = null;
                }
            }
        }
    }
}
