package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.audienceimport.text.Text;

/**
 * A prepared folder read back for sending: its manifest, and its batches in order, each checked
 * against the size and checksum recorded when it was written. The credentials join a batch only in
 * memory, in {@link #body}; they are never written anywhere.
 */
public final class PreparedUpload {

    private final Path folder;
    private final Manifest manifest;

    private PreparedUpload(Path folder, Manifest manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /**
     * Reads the manifest and checks every batch (present, same size, same checksum, and no batch the
     * manifest does not list). Each problem is named, with what to do next.
     */
    public static PreparedUpload open(Path folder) throws PreparedUploadException {
        String where = PreparedFolder.quoted(folder);
        if (!Files.isDirectory(folder)) {
            throw new PreparedUploadException(Text.of("upload.prepared.noFolder", where));
        }
        Manifest manifest = new ManifestJson().read(readManifest(folder, where), where);
        List<Text> problems = new ArrayList<>();
        for (PreparedBatch batch : manifest.batches()) {
            checkBatch(folder, batch, where).ifPresent(problems::add);
        }
        Set<String> listed = manifest.batches().stream().map(PreparedBatch::file).collect(Collectors.toSet());
        for (String extra : batchFiles(folder, where)) {
            if (!listed.contains(extra)) {
                problems.add(Text.of("upload.prepared.extraFile", extra, where));
            }
        }
        if (!problems.isEmpty()) {
            throw new PreparedUploadException(problems);
        }
        return new PreparedUpload(folder, manifest);
    }

    private static byte[] readManifest(Path folder, String where) throws PreparedUploadException {
        try {
            return Files.readAllBytes(folder.resolve(PreparedFolder.MANIFEST));
        } catch (NoSuchFileException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.unfinished", where, PreparedFolder.MANIFEST));
        } catch (IOException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.fileUnreadableIn", PreparedFolder.MANIFEST, where,
                    e.getMessage()), e);
        }
    }

    private static Optional<Text> checkBatch(Path folder, PreparedBatch batch, String where) {
        Path file = folder.resolve(batch.file());
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.of(Text.of("upload.prepared.batchMissing", batch.file(), where));
            }
            if (Files.size(file) != batch.bytes()) {
                return Optional.of(changed(batch, "sizeDiffers"));
            }
            if (!Sha256.ofFile(file).equals(batch.sha256())) {
                return Optional.of(changed(batch, "checksumDiffers"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Text.of("upload.prepared.fileUnreadableIn", batch.file(), where, e.getMessage()));
        }
    }

    private static Text changed(PreparedBatch batch, String how) {
        return Text.of("upload.prepared.changed", batch.file(), Text.of("upload.prepared." + how));
    }

    private static Set<String> batchFiles(Path folder, String where) throws PreparedUploadException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (PreparedFolder.isBatchName(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.folderUnreadable", where, e.getMessage()), e);
        }
        return names;
    }

    public Path folder() {
        return folder;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The batches in the order they are to be sent. */
    public List<PreparedBatch> batches() {
        return manifest.batches();
    }

    /** The exact size of the request {@link #body} would build with these credentials. */
    public long requestBytes(PreparedBatch batch, String shopId, String shopSecret) {
        return batch.bytes() + CredentialInjection.addedBytes(shopId, shopSecret);
    }

    /** Whether these credentials fit in the room every batch kept for them (true for any real shop). */
    public boolean credentialsFit(String shopId, String shopSecret) {
        return CredentialInjection.addedBytes(shopId, shopSecret) <= manifest.reservedCredentialBytes();
    }

    /** The batch file's bytes, checked again against its checksum (the file may have changed since). */
    public byte[] batchBytes(PreparedBatch batch) throws PreparedUploadException {
        byte[] bytes = new byte[checkedLength(batch)];
        readInto(batch, bytes, 0);
        return bytes;
    }

    /**
     * The full request body: {@code {"shop_id":…,"shop_secret":…,} then the batch after its opening
     * brace, read straight into place (the audience is neither parsed nor serialised again).
     *
     * @throws PreparedUploadException when the batch changed since it was prepared, or when these
     *                                 credentials would make this request larger than the limit
     */
    public byte[] body(PreparedBatch batch, String shopId, String shopSecret) throws PreparedUploadException {
        byte[] prefix = CredentialInjection.prefix(shopId, shopSecret);
        long size = batch.bytes() - 1 + prefix.length;
        if (size > manifest.maxRequestBytes()) {
            throw new PreparedUploadException(Text.of("upload.prepared.credentialsMakeItTooLarge", batch.file(), size,
                    manifest.maxRequestBytes()));
        }
        byte[] body = new byte[Math.toIntExact(size)];
        // The batch's own "{" lands on the prefix's last byte and is then overwritten by it.
        readInto(batch, body, prefix.length - 1);
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        return body;
    }

    private int checkedLength(PreparedBatch batch) throws PreparedUploadException {
        if (batch.bytes() > Integer.MAX_VALUE - 16) {
            throw new PreparedUploadException(Text.of("upload.prepared.batchTooLarge", batch.file()));
        }
        return (int) batch.bytes();
    }

    private void readInto(PreparedBatch batch, byte[] target, int offset) throws PreparedUploadException {
        Path file = folder.resolve(batch.file());
        int length = checkedLength(batch);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() != length) {
                throw new PreparedUploadException(changed(batch, "sizeDiffers"));
            }
            ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new PreparedUploadException(changed(batch, "sizeDiffers"));
                }
            }
        } catch (NoSuchFileException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.batchMissing", batch.file(), PreparedFolder.quoted(folder)), e);
        } catch (IOException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.fileUnreadable", batch.file(), e.getMessage()), e);
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(target, offset, length);
        if (!Sha256.hex(digest).equals(batch.sha256())) {
            throw new PreparedUploadException(changed(batch, "checksumDiffers"));
        }
    }
}
