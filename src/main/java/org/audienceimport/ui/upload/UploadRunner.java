package org.audienceimport.ui.upload;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.audienceimport.upload.CancelMode;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.ProgressListener;
import org.audienceimport.upload.ShopCredentials;
import org.audienceimport.upload.UploadEngine;
import org.audienceimport.upload.UploadReport;
import org.audienceimport.upload.UploadSettings;
import org.audienceimport.upload.UploadSource;
import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.http.ApiSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the engine with its own HTTP client, and closes the client and wipes the secret when it ends.
 *
 * <p>The client is built on the executor: the first one of a session loads the TLS trust store and the HTTP
 * client's classes, close to a second on a slow computer, which on the UI thread would freeze the window
 * the moment Start is pressed. Until the engine exists its upload has no progress to show; what the user
 * asks of it meanwhile (pause, cancel) is done as soon as it does.
 */
public final class UploadRunner {

    private static final Logger LOG = LoggerFactory.getLogger(UploadRunner.class);

    /** One running upload. */
    public interface Running {
        void pause();

        void resume();

        void cancel();

        /** Null while the upload is still being started. */
        Progress progress();

        CompletableFuture<UploadReport> report();

        /** Why the upload could not be started at all; it then sends no events. */
        Optional<Throwable> startFailure();
    }

    private final Executor executor;

    /** Builds the client on the caller's thread: for tests that want the engine started when {@code start} returns. */
    public UploadRunner() {
        this(Runnable::run);
    }

    /** @param executor where the HTTP client is built and the engine started (the app's worker threads) */
    public UploadRunner(Executor executor) {
        this.executor = executor;
    }

    public Running start(UploadSource source, ApiSettings api, ShopCredentials credentials, UploadSettings settings,
                         ProgressListener listener) {
        CompletableFuture<UploadEngine> engine;
        try {
            engine = CompletableFuture.supplyAsync(() -> {
                ApiClient client = new ApiClient(api);
                UploadEngine started = new UploadEngine(source, client, credentials, settings, listener);
                started.report().whenComplete((report, error) -> {
                    client.close();
                    credentials.secret().wipe();
                });
                started.start();
                return started;
            }, executor);
        } catch (RejectedExecutionException e) {
            // The app is closing.
            engine = CompletableFuture.failedFuture(e);
        }
        engine.whenComplete((started, error) -> {
            if (error != null) {
                LOG.error("The upload could not be started", error);
                credentials.secret().wipe();
            }
        });
        return new Started(engine);
    }

    /** The upload behind a future engine. */
    private record Started(CompletableFuture<UploadEngine> engine) implements Running {

        @Override
        public void pause() {
            whenStarted(UploadEngine::pause);
        }

        @Override
        public void resume() {
            whenStarted(UploadEngine::resume);
        }

        @Override
        public void cancel() {
            // Waiting for the answer on the line means it is recorded if accepted: the next start skips it.
            whenStarted(e -> e.cancel(CancelMode.FINISH_CURRENT));
        }

        private void whenStarted(Consumer<UploadEngine> action) {
            engine.thenAccept(action);
        }

        @Override
        public Progress progress() {
            UploadEngine started = engine.getNow(null);
            return started == null ? null : started.progress();
        }

        @Override
        public CompletableFuture<UploadReport> report() {
            return engine.thenCompose(UploadEngine::report);
        }

        @Override
        public Optional<Throwable> startFailure() {
            if (!engine.isCompletedExceptionally()) {
                return Optional.empty();
            }
            return Optional.of(engine.handle((started, error) -> error instanceof java.util.concurrent.CompletionException c
                    && c.getCause() != null ? c.getCause() : error).join());
        }
    }
}
