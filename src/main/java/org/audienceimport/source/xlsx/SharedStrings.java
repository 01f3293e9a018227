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
 * the spill threshold the blocks go to a temporary file and are deleted on close, so the heap never
 * holds more than the threshold of text. Each block is memory-mapped as soon as it is written, so the
 * strings added so far can be read while more are still being added. Not thread-safe.
 */
final class SharedStrings implements Closeable {

    static final int DEFAULT_BLOCK_BYTES = 1 << 24;
    private static final int FIRST_BLOCK_BYTES = 1 << 16;
    /**
     * 256 KB of offsets a page: at 512 KB a page is "humongous" to G1 on a heap of up to 2 GB (1 MB regions), takes
     * a region of its own, and can start a concurrent marking. In the UI benchmark's .xlsx run, 139 such pages; 120 of
     * the run's 213 markings started on a humongous allocation, and 12 of 124 once the pages were 256 KB.
     */
    private static final int OFFSETS_PER_PAGE = 1 << 15;

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
    /** The spilled blocks by block index; null for a block still on the heap. */
    private final List<MemorySegment> mappedBlocks = new ArrayList<>();

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
        return spillChannel != null;
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
                blocks.set(blocks.size() - 1, current);
            }
            if (used + needed > current.length) {
                endBlock();
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

    /** Ends the building: once spilling, the last block goes to the file too. */
    void finish() throws IOException {
        if (spillChannel != null && current != null) {
            spill(blocks.size() - 1, used);
        }
        current = null;
    }

    /** The string at this index, or null where the index is outside the table. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        long offset = offsetPages.get(index / OFFSETS_PER_PAGE)[index % OFFSETS_PER_PAGE];
        int blockIndex = (int) (offset / blockBytes);
        int position = (int) (offset % blockBytes);
        byte[] block = blocks.get(blockIndex);
        if (block == null) {
            return readMapped(mappedBlocks.get(blockIndex), position, offset);
        }
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

    /** The string at this position of a spilled block; {@code offset} is its place in the file, for the cipher. */
    private String readMapped(MemorySegment mapped, int position, long offset) {
        byte[] head = new byte[(int) Math.min(5, mapped.byteSize() - position)];
        MemorySegment.copy(mapped, ValueLayout.JAVA_BYTE, position, head, 0, head.length);
        if (cipher != null) {
            cipher.apply(head, 0, head.length, offset);
        }
        int headLength = 0;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = head[headLength++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        byte[] bytes = new byte[length];
        MemorySegment.copy(mapped, ValueLayout.JAVA_BYTE, position + headLength, bytes, 0, length);
        if (cipher != null) {
            cipher.apply(bytes, 0, length, offset + headLength);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The current block is full: past the threshold, it and every block before it go to the file. */
    private void endBlock() throws IOException {
        int last = blocks.size() - 1;
        if (spillChannel == null && storedBytes > spillThreshold) {
            openSpillFile();
            for (int i = 0; i < last; i++) {
                spill(i, blocks.get(i).length);
            }
        }
        if (spillChannel != null) {
            spill(last, used);
        }
    }

    private void startBlock() {
        boolean reuse = spillChannel != null && current != null && current.length == blockBytes;
        current = reuse ? current : new byte[current == null ? Math.min(FIRST_BLOCK_BYTES, blockBytes) : blockBytes];
        blocks.add(current);
        used = 0;
    }

    private void openSpillFile() throws IOException {
        spillFile = Files.createTempFile("audience-import-strings-", ".bin");
        spillChannel = FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        arena = Arena.ofShared();
    }

    /** Writes a block to its place in the file and maps it there; from now on it is read from the file. */
    private void spill(int blockIndex, int length) throws IOException {
        byte[] block = blocks.get(blockIndex);
        long start = (long) blockIndex * blockBytes;
        if (cipher != null) {
            // Encrypts in place: the block is written once and never read from the heap again.
            cipher.apply(block, 0, length, start);
        }
        ByteBuffer buffer = ByteBuffer.wrap(block, 0, length);
        long position = start;
        while (buffer.hasRemaining()) {
            position += spillChannel.write(buffer, position);
        }
        while (mappedBlocks.size() <= blockIndex) {
            mappedBlocks.add(null);
        }
        mappedBlocks.set(blockIndex, spillChannel.map(FileChannel.MapMode.READ_ONLY, start, length, arena));
        blocks.set(blockIndex, null);
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
            mappedBlocks.clear();
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
