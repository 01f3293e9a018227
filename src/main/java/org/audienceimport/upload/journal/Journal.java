package org.audienceimport.upload.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Remembers, durably, which batches of an upload the server accepted, so that running the same upload
 * again after a crash, a kill or a power cut sends only the rest.
 *
 * <p>One file per upload, {@code journals/<key>.jsonl} in the app's data folder: a header line, then one
 * JSON line per accepted batch (or part of a split batch), each written in one append and forced to the
 * disk before the upload goes on. A last line torn by a power cut is cut off when the journal is opened
 * again; a batch counts as accepted only when its number and its checksum both match. The file holds
 * no secret: the shop id and the secret are only inside the key's hash.
 *
 * <p>While open, the file is locked, so the same upload cannot run twice at once.
 */
public final class Journal implements AutoCloseable {

    public static final int FORMAT_VERSION = 1;
    public static final String FOLDER = "journals";

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private final UploadKey key;
    private final FileChannel channel;
    private final FileLock lock;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> accepted = new HashSet<>();
    private final Set<String> splitPrefixes = new HashSet<>();
    private final List<AcceptedPart> parts = new ArrayList<>();
    private final boolean resumed;
    private boolean finished;

    private Journal(Path file, UploadKey key, FileChannel channel, FileLock lock, Clock clock, boolean resumed) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.clock = clock;
        this.resumed = resumed;
    }

    /** Where the journal of {@code key} lives under {@code dataFolder}. */
    public static Path fileFor(Path dataFolder, UploadKey key) {
        return dataFolder.resolve(FOLDER).resolve(key.hex() + ".jsonl");
    }

    /**
     * Opens the journal of {@code key}, continuing the one an earlier run left, or starting one.
     *
     * @param about what the header records for a person reading the file (no secrets): e.g. the
     *              endpoint, the source's name, the segment
     * @param fresh true to forget an earlier run and send everything again
     * @throws JournalBusyException when another run of the same upload holds it
     */
    public static Journal open(Path dataFolder, UploadKey key, Map<String, String> about, boolean fresh, Clock clock)
            throws IOException, JournalBusyException {
        Path file = fileFor(dataFolder, key);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = lock(channel);
            if (fresh) {
                channel.truncate(0);
            }
            boolean existing = channel.size() > 0;
            Journal journal = new Journal(file, key, channel, lock, clock, existing);
            if (existing) {
                journal.load();
            }
            if (channel.size() == 0) {
                journal.writeHeader(about);
                syncFolder(file.getParent());
            }
            return journal;
        } catch (IOException | JournalBusyException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock lock(FileChannel channel) throws IOException, JournalBusyException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new JournalBusyException();
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new JournalBusyException();
        }
    }

    /** Reads every complete line; cuts a torn last line off so the next append starts clean. */
    private void load() throws IOException {
        byte[] all = new byte[Math.toIntExact(channel.size())];
        ByteBuffer buffer = ByteBuffer.wrap(all);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // reads the whole file
        }
        int lineStart = 0;
        int complete = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                readLine(new String(all, lineStart, i - lineStart, StandardCharsets.UTF_8));
                lineStart = i + 1;
                complete = lineStart;
            }
        }
        if (complete < all.length) {
            LOG.info("The journal {} ended in a half-written line (the last run was cut off); it is ignored", file.getFileName());
            channel.truncate(complete);
            channel.force(true);
        }
        channel.position(channel.size());
    }

    private void readLine(String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            LOG.warn("A damaged line in the journal {} was ignored", file.getFileName());
            return;
        }
        switch (node.path("type").asText()) {
            case "upload" -> {
                if (!key.hex().equals(node.path("key").asText())) {
                    throw new IllegalStateException("the journal " + file + " belongs to another upload");
                }
            }
            case "accepted" -> readAccepted(node);
            case "finished" -> finished = true;
            default -> LOG.warn("A line of an unknown kind in the journal {} was ignored", file.getFileName());
        }
    }

    private void readAccepted(JsonNode node) {
        try {
            remember(new AcceptedPart(node.get("batch").asInt(), node.get("batch_sha256").asText(),
                    node.path("part").asText(""), node.get("sha256").asText(), node.path("objects").asInt(),
                    Instant.parse(node.get("at").asText())));
        } catch (RuntimeException e) {
            LOG.warn("A damaged line in the journal {} was ignored", file.getFileName());
        }
    }

    private void remember(AcceptedPart part) {
        parts.add(part);
        accepted.add(id(part.batch(), part.batchSha256(), part.part(), part.sha256()));
        for (int i = 0; i < part.part().length(); i++) {
            splitPrefixes.add(prefixId(part.batch(), part.batchSha256(), part.part().substring(0, i)));
        }
    }

    private static String id(int batch, String batchSha256, String part, String sha256) {
        return batch + "/" + batchSha256 + "/" + part + "/" + sha256;
    }

    private static String prefixId(int batch, String batchSha256, String part) {
        return batch + "/" + batchSha256 + "/" + part;
    }

    private void writeHeader(Map<String, String> about) throws IOException {
        ObjectNode header = json.createObjectNode();
        header.put("type", "upload");
        header.put("format_version", FORMAT_VERSION);
        header.put("key", key.hex());
        header.put("started", clock.instant().toString());
        about.forEach(header::put);
        append(header);
    }

    private void append(ObjectNode line) throws IOException {
        byte[] bytes = (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        // Before the upload goes on: an acceptance that is not on the disk could be sent twice, which is
        // harmless, but one recorded and then lost would leave a gap, which is not.
        channel.force(true);
    }

    /** Whether an earlier run had begun this upload. */
    public boolean resumed() {
        return resumed;
    }

    /** Whether an earlier run sent everything. */
    public boolean finished() {
        return finished;
    }

    public Path file() {
        return file;
    }

    /** Whether this part of this batch (same number, same checksums) was accepted before. */
    public synchronized boolean isAccepted(int batch, String batchSha256, String part, String sha256) {
        return accepted.contains(id(batch, batchSha256, part, sha256));
    }

    /** Whether this part of this batch was split before and some of its pieces were accepted. */
    public synchronized boolean wasSplit(int batch, String batchSha256, String part) {
        return splitPrefixes.contains(prefixId(batch, batchSha256, part));
    }

    /** Every acceptance recorded, oldest first. */
    public synchronized List<AcceptedPart> accepted() {
        return Collections.unmodifiableList(new ArrayList<>(parts));
    }

    /** Records an acceptance, durably, before returning. */
    public synchronized AcceptedPart recordAccepted(int batch, String batchSha256, String part, String sha256, int objects)
            throws IOException {
        AcceptedPart accepted = new AcceptedPart(batch, batchSha256, part, sha256, objects, clock.instant());
        ObjectNode line = json.createObjectNode();
        line.put("type", "accepted");
        line.put("batch", batch);
        line.put("batch_sha256", batchSha256);
        line.put("part", part);
        line.put("sha256", sha256);
        line.put("objects", objects);
        line.put("at", accepted.at().toString());
        append(line);
        remember(accepted);
        return accepted;
    }

    /** Records that every batch was accepted. */
    public synchronized void recordFinished() throws IOException {
        ObjectNode line = json.createObjectNode();
        line.put("type", "finished");
        line.put("at", clock.instant().toString());
        append(line);
        finished = true;
    }

    @Override
    public synchronized void close() throws IOException {
        try (channel) {
            if (lock.isValid()) {
                lock.release();
            }
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems (Windows) cannot open a folder for this; best effort there.
        }
    }
}
