package org.audienceimport.ui.upload;

import java.util.function.LongSupplier;

import org.audienceimport.upload.UploadSettings;

/**
 * What the upload step works with besides the session: where batches come from, the engine, its settings,
 * the secret store, the practice sandbox, the UI's pace and the clock (for the chart).
 */
public record UploadServices(UploadSources sources, UploadRunner runner, UploadSettings settings, SecretStore secrets,
                             PracticeSandbox sandbox, Ticker ticker, LongSupplier nanoTime) {
}
