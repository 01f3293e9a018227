package org.audienceimport.upload.prepare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Packs audience objects, in order, into batch files as full as the request limit allows, then writes
 * the manifest. Each batch is {@code {"segment_id":…,"audience":[…]}} (segment only when set), compact
 * UTF-8 JSON, and at most {@link PrepareSettings#usableBytes()} long, so it stays within the limit once
 * the uploader adds the credentials.
 *
 * <p>Packing is greedy: a batch is closed only when the next object would not fit, which for an order
 * that must be kept gives the fewest batches. So every batch but the last is at least
 * {@code usableBytes - size(next object)} long; when every object is at most 3% of the usable bytes,
 * that is at least 97% full.
 *
 * <p>Memory stays bounded: one object is serialised at a time into a reused buffer, and its bytes go
 * straight to the open batch file. Not thread-safe; one writer per folder. Closing a writer that was
 * not {@linkplain #finish finished} removes what it wrote, so an abandoned folder holds no manifest.
 */
public final class BatchWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final byte[] FOOTER = {']', '}'};
    private static final List<String> OWN_COUNTS = List.of("objects", "batches", "skipped_too_large");

    private final PreparedFolder folder;
    private final PrepareSettings settings;
    // Exact decimals are written as digits, never 1E-7, as the conversion writes them.
    private final ObjectMapper mapper = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private final ReusableBuffer buffer = new ReusableBuffer();
    private final JsonGenerator generator;
    private final byte[] header;
    private final List<PreparedBatch> batches = new ArrayList<>();
    private final List<ObjectTooLargeException> skipped = new ArrayList<>();
    private BatchFile current;
    private long index;
    private boolean finished;

    private BatchWriter(PreparedFolder folder, PrepareSettings settings) {
        this.folder = folder;
        this.settings = settings;
        // No separator between root values: each object is taken out of the buffer on its own.
        JsonFactory factory = mapper.getFactory().copy().setRootValueSeparator(null);
        try {
            this.generator = factory.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.header = header(factory, settings);
    }

    /**
     * Opens a writer into {@code folder}, creating it if needed. A folder holding an earlier prepared
     * upload is emptied first; a folder holding anything else is refused.
     */
    public static BatchWriter open(Path folder, PrepareSettings settings) throws PreparedUploadException, IOException {
        return new BatchWriter(PreparedFolder.claim(folder), settings);
    }

    private static byte[] header(JsonFactory factory, PrepareSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            if (settings.segmentId().isPresent()) {
                json.writeNumberField("segment_id", settings.segmentId().getAsLong());
            }
            json.writeFieldName("audience");
            json.writeStartArray();
            json.flush();
            // Taken before close(), which would end the array and the object: the objects and the
            // footer follow as bytes.
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the next object, with no source row known. */
    public boolean add(ObjectNode object) throws IOException {
        return add(object, OptionalInt.empty());
    }

    /** Adds the next object, which came from source row {@code row}. */
    public boolean add(ObjectNode object, int row) throws IOException {
        return add(object, OptionalInt.of(row));
    }

    /**
     * Adds the next object. Returns false when it is too large for any request: it is then left out and
     * reported in {@link PrepareResult#skipped()}.
     */
    public boolean add(ObjectNode object, OptionalInt row) throws IOException {
        Objects.requireNonNull(object, "object");
        checkOpen();
        int size = serialise(object);
        return addBytes(buffer.array(), size, row);
    }

    /**
     * Adds the next object, already serialised as compact JSON (as the conversion's spool holds it), so
     * that it is not parsed and written again. Returns false when it is too large for any request.
     */
    public boolean addSerialised(byte[] json, int length, OptionalInt row) throws IOException {
        checkOpen();
        return addBytes(json, length, row);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the batches are already finished");
        }
    }

    private boolean addBytes(byte[] json, int size, OptionalInt row) throws IOException {
        index++;
        long usable = settings.usableBytes();
        if (header.length + size + FOOTER.length > usable) {
            ObjectTooLargeException tooLarge = new ObjectTooLargeException(index, row, size,
                    usable - header.length - FOOTER.length);
            LOG.debug("Left out: {}", tooLarge.getMessage());
            skipped.add(tooLarge);
            return false;
        }
        if (current != null && current.bytes() + 1 + size + FOOTER.length > usable) {
            closeBatch();
        }
        if (current == null) {
            current = new BatchFile(folder, batches.size() + 1);
            current.write(header);
        } else {
            current.write((byte) ',');
        }
        current.write(json, 0, size);
        current.countObject(row);
        return true;
    }

    /** Adds every remaining object of {@code objects}, with no source rows known. */
    public void addAll(Iterator<? extends ObjectNode> objects) throws IOException {
        while (objects.hasNext()) {
            add(objects.next());
        }
    }

    private int serialise(ObjectNode object) throws IOException {
        buffer.reset();
        mapper.writeTree(generator, object);
        generator.flush();
        return buffer.size();
    }

    private void closeBatch() throws IOException {
        current.write(FOOTER);
        batches.add(current.commit());
        current = null;
    }

    /**
     * Closes the last batch and writes the manifest, last of all: until then the folder is incomplete.
     */
    public PrepareResult finish(ManifestDetails details) throws IOException {
        if (finished) {
            throw new IllegalStateException("the batches are already finished");
        }
        checkCallerCounts(details.counts());
        if (current != null) {
            closeBatch();
        }
        finished = true;
        folder.sync();
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, details.appVersion(), details.source(),
                settings.segmentId(), settings.maxRequestBytes(), settings.reservedCredentialBytes(),
                counts(details.counts()),
                details.mapping(), batches);
        folder.writeCarefully(PreparedFolder.MANIFEST, new ManifestJson().write(manifest));
        folder.sync();
        LOG.info("Prepared {} contacts in {} batches in {}", manifest.objects(), batches.size(), folder.path());
        return new PrepareResult(folder.path(), manifest, skipped);
    }

    private static void checkCallerCounts(Map<String, Long> callers) {
        for (String name : OWN_COUNTS) {
            if (callers.containsKey(name)) {
                throw new IllegalArgumentException("the count \"" + name + "\" is the writer's own");
            }
        }
    }

    private Map<String, Long> counts(Map<String, Long> callers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("objects", batches.stream().mapToLong(PreparedBatch::objects).sum());
        counts.put("batches", (long) batches.size());
        counts.put("skipped_too_large", (long) skipped.size());
        // Sorted, so the manifest is the same whatever kind of map the caller used.
        counts.putAll(new TreeMap<>(callers));
        return counts;
    }

    /** Ends the writer; when it was not finished, removes the batches it wrote, so nothing looks ready. */
    @Override
    public void close() throws IOException {
        try {
            generator.close();
        } finally {
            if (!finished) {
                finished = true;
                abandon();
            }
        }
    }

    private void abandon() throws IOException {
        if (current != null) {
            current.abandon();
            current = null;
        }
        for (PreparedBatch batch : batches) {
            Files.deleteIfExists(folder.resolve(batch.file()));
        }
        LOG.info("Preparing the upload in {} was abandoned; its batches were removed", folder.path());
    }

    /** A byte buffer whose array can be read without the copy {@code toByteArray()} makes. */
    private static final class ReusableBuffer extends ByteArrayOutputStream {

        ReusableBuffer() {
            super(1 << 12);
        }

        byte[] array() {
            return buf;
        }
    }
}
