package org.audienceimport.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.journal.UploadKey;
import org.audienceimport.upload.prepare.PreparedBatch;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.upload.prepare.PreparedUploadException;

/** A folder written by {@code prepare}: checked batch by batch, then sent as it is. */
public final class PreparedSource implements UploadSource {

    private final Path folder;
    private final PreparedUpload opened;

    /** The folder is checked when the upload starts. */
    public PreparedSource(Path folder) {
        this.folder = folder;
        this.opened = null;
    }

    /** A prepared upload the caller has already opened (and so checked), e.g. to compare its segment. */
    public PreparedSource(PreparedUpload upload) {
        this.folder = upload.folder();
        this.opened = upload;
    }

    @Override
    public String name() {
        Path name = folder.toAbsolutePath().getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    @Override
    public Staged stage(Path scratchFolder, LongConsumer rowsRead, BooleanSupplier cancelled) throws UploadSourceException {
        try {
            return new Staged(opened != null ? opened : PreparedUpload.open(folder), Optional.empty(), List.of(), () -> { });
        } catch (PreparedUploadException e) {
            throw new UploadSourceException(e.text(), e);
        }
    }

    @Override
    public UploadKey key(Staged staged, Endpoint endpoint, String shopId) throws IOException {
        return UploadKey.prepared(staged.upload().batches().stream().map(PreparedBatch::sha256).toList(),
                endpoint.base(), shopId, staged.upload().manifest().segmentId());
    }
}
