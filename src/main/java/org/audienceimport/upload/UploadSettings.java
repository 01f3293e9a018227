package org.audienceimport.upload;

import java.nio.file.Path;
import java.util.Objects;

import org.audienceimport.upload.pace.RetrySettings;

/**
 * How the engine sends.
 *
 * @param rate              the most requests in any window (the platform allows 40 a minute)
 * @param retry             how hard to try before pausing
 * @param dataFolder        the app's data folder: the journals live in it
 * @param scratchFolder     where a file's batches wait while they are sent (the app's cache folder)
 * @param rejectionsToStop  after this many batches refused in a row, the upload stops (the cause is
 *                          almost surely the same for all, e.g. an unknown custom property)
 * @param fresh             forget an earlier run of the same upload and send everything again
 */
public record UploadSettings(RateLimit rate, RetrySettings retry, Path dataFolder,
                             Path scratchFolder, int rejectionsToStop, boolean fresh) {

    public UploadSettings {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(scratchFolder, "scratchFolder");
        if (rejectionsToStop < 1) {
            throw new IllegalArgumentException("rejectionsToStop must be at least 1");
        }
    }

    public static UploadSettings defaults(org.audienceimport.AppFolders folders) {
        return new UploadSettings(RateLimit.PLATFORM, RetrySettings.defaults(), folders.data(), folders.cache(), 3, false);
    }

    public UploadSettings withRate(RateLimit limit) {
        return new UploadSettings(limit, retry, dataFolder, scratchFolder, rejectionsToStop, fresh);
    }

    public UploadSettings withRetry(RetrySettings settings) {
        return new UploadSettings(rate, settings, dataFolder, scratchFolder, rejectionsToStop, fresh);
    }

    public UploadSettings withFresh(boolean sendEverythingAgain) {
        return new UploadSettings(rate, retry, dataFolder, scratchFolder, rejectionsToStop, sendEverythingAgain);
    }

    public UploadSettings withRejectionsToStop(int count) {
        return new UploadSettings(rate, retry, dataFolder, scratchFolder, count, fresh);
    }
}
