package org.audienceimport.upload.prepare;

import java.util.OptionalInt;

import org.audienceimport.text.Text;

/**
 * A contact that cannot be sent because even alone it would make a request larger than the API
 * accepts. The writer leaves it out and reports it in {@link PrepareResult#skipped()}; it is an
 * exception type so a caller that prefers to stop can simply throw it.
 */
public class ObjectTooLargeException extends Exception {

    private final long index;
    private final OptionalInt row;
    private final long bytes;
    private final long usableBytes;

    public ObjectTooLargeException(long index, OptionalInt row, long bytes, long usableBytes) {
        // No stack trace: this is a finding about the data, not a fault in the program.
        super(message(index, row, bytes, usableBytes).english(), null, false, false);
        this.index = index;
        this.row = row;
        this.bytes = bytes;
        this.usableBytes = usableBytes;
    }

    private static Text message(long index, OptionalInt row, long bytes, long usableBytes) {
        return row.isPresent()
                ? Text.of("upload.tooLarge.row", row.getAsInt(), Text.grouped(bytes), Text.grouped(usableBytes))
                : Text.of("upload.tooLarge.index", index, Text.grouped(bytes), Text.grouped(usableBytes));
    }

    /** The message in any language; {@link #getMessage()} is its English. */
    public Text text() {
        return message(index, row, bytes, usableBytes);
    }

    /** Its position among the objects given to the writer, counting from 1. */
    public long index() {
        return index;
    }

    /** The source row it came from, when the caller said. */
    public OptionalInt row() {
        return row;
    }

    /** Its size as compact UTF-8 JSON. */
    public long bytes() {
        return bytes;
    }

    public long usableBytes() {
        return usableBytes;
    }
}
