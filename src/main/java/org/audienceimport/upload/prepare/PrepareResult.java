package org.audienceimport.upload.prepare;

import java.nio.file.Path;
import java.util.List;

/**
 * What preparing produced.
 *
 * @param folder   where the batches and the manifest are
 * @param manifest what the manifest says (the batches, in order, and the counts)
 * @param skipped  the objects left out because each alone was too large for a request, in input order
 */
public record PrepareResult(Path folder, Manifest manifest, List<ObjectTooLargeException> skipped) {

    public PrepareResult {
        skipped = List.copyOf(skipped);
    }
}
