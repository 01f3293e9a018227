package org.audienceimport.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.journal.UploadKey;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.text.Text;

/**
 * Where an upload's batches come from: a prepared folder, or a file and its mapping packed on the way.
 * Either way the engine sends a {@link PreparedUpload}: a file is packed into a scratch folder of the
 * app's own (never beside the user's file) with exactly the packing {@code prepare} uses, which makes
 * the same file and mapping give the same batches on every run, as the journal needs.
 */
public interface UploadSource {

    /** A short name for messages and the journal's header: the file's or the folder's name. */
    String name();

    /**
     * Makes the batches ready; called on the engine's thread.
     *
     * @param scratchFolder the app's folder for scratch files
     * @param rowsRead      told how many rows were read so far, now and then, while a file is checked
     * @param cancelled     polled while a file is checked; preparing stops when it turns true
     */
    Staged stage(Path scratchFolder, LongConsumer rowsRead, java.util.function.BooleanSupplier cancelled)
            throws UploadSourceException, IOException;

    /** Which upload this is, so that a later run finds its journal. */
    UploadKey key(Staged staged, Endpoint endpoint, String shopId) throws IOException;

    /**
     * Batches ready to send.
     *
     * @param conversion what checking the file found (for a file only)
     * @param tooLarge   messages for contacts left out because each alone is too large for a request
     * @param cleanup    removes the scratch files when the upload ends
     */
    record Staged(PreparedUpload upload, Optional<ConversionSummary> conversion, List<Text> tooLarge, Cleanup cleanup) {
        public Staged {
            tooLarge = List.copyOf(tooLarge);
        }
    }

    @FunctionalInterface
    interface Cleanup {
        void run() throws IOException;
    }
}
