package org.audienceimport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.audienceimport.upload.prepare.PreparedBatch;
import org.audienceimport.upload.prepare.PreparedUpload;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * How tightly a prepared upload is packed, measured from its batch files: every audience object's exact
 * byte size, read with a streaming parser, and the fewest requests those bytes could go in.
 *
 * <p>The bound: a batch is {@code header + o1 + "," + o2 + … + ok + footer}, and may be at most the usable
 * bytes (the request limit minus the room kept for the credentials). So its objects and their commas fit in
 * {@code C = usable − header − footer} bytes. Counting every object with one comma after it
 * ({@code size + 1}), a batch holds at most {@code C + 1} such bytes (its last object has no comma). The
 * whole audience is {@code T = Σ(size + 1)} of them, so no packing needs fewer than {@code ⌈T / (C + 1)⌉}
 * requests. Keeping the file's order can cost more when objects do not fill batches to the byte; the
 * fewest in-order batches (what greedy filling gives) is computed here too, on its own, from the sizes.
 *
 * @param objects        audience objects in the upload
 * @param objectBytes    their sizes added up (no commas)
 * @param header         bytes before the first object of a batch ({@code {"audience":[} and the segment, if any)
 * @param footer         bytes after its last object ({@code ]}})
 * @param usable         the most bytes a batch file may have (request limit minus credential room)
 * @param batches        the batches the upload has
 * @param largestBatch   the longest batch file, in bytes
 * @param sizeBound      ⌈T / (C + 1)⌉: the fewest requests the size limit allows
 * @param inOrderFewest  the fewest batches that keep the objects in order
 */
record UploadPacking(long objects, long objectBytes, int header, int footer, long usable, int batches,
                     long largestBatch, long sizeBound, long inOrderFewest) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Bytes each batch has for its objects and the commas between them. */
    long room() {
        return usable - header - footer;
    }

    /** Every object with one comma. */
    long total() {
        return objectBytes + objects;
    }

    static UploadPacking of(PreparedUpload upload, long usable) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        int header = -1;
        int footer = -1;
        long largest = 0;
        for (PreparedBatch batch : upload.batches()) {
            byte[] bytes = Files.readAllBytes(upload.folder().resolve(batch.file()));
            largest = Math.max(largest, bytes.length);
            Layout layout = layout(bytes, sizes);
            if (header >= 0 && (layout.header != header || layout.footer != footer)) {
                throw new IllegalStateException("batches differ in their header or footer: " + batch.file());
            }
            header = layout.header;
            footer = layout.footer;
        }
        long objectBytes = sizes.stream().mapToLong(Integer::longValue).sum();
        long room = usable - header - footer;
        long total = objectBytes + sizes.size();
        return new UploadPacking(sizes.size(), objectBytes, header, footer, usable, upload.batches().size(), largest,
                (total + room) / (room + 1), inOrderFewest(sizes, room));
    }

    private record Layout(int header, int footer) {
    }

    /** Adds the size of every object of the batch to {@code sizes}; returns the bytes around them. */
    private static Layout layout(byte[] batch, List<Integer> sizes) throws IOException {
        int arrayOpen = -1;
        int arrayClose = -1;
        try (JsonParser parser = JSON.createParser(batch)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("audience") && parser.getParsingContext().getParent().inRoot()) {
                    parser.nextToken();
                    arrayOpen = offset(parser);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        int start = offset(parser);
                        parser.skipChildren();
                        sizes.add(offset(parser) + 1 - start);
                    }
                    arrayClose = offset(parser);
                }
            }
        }
        if (arrayOpen < 0) {
            throw new IOException("a batch without an \"audience\" array");
        }
        return new Layout(arrayOpen + 1, batch.length - arrayClose);
    }

    private static int offset(JsonParser parser) {
        return Math.toIntExact(parser.currentTokenLocation().getByteOffset());
    }

    /** Fills each batch until the next object would overflow it: the fewest batches for a fixed order. */
    private static long inOrderFewest(List<Integer> sizes, long room) {
        long batches = 0;
        long used = -1;
        for (int size : sizes) {
            if (used < 0 || used + 1 + size > room) {
                batches++;
                used = size;
            } else {
                used += 1 + size;
            }
        }
        return batches;
    }
}
