package org.audienceimport.ui.upload;

import java.util.concurrent.CompletableFuture;

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

/** Starts the engine with its own HTTP client, and closes the client and wipes the secret when it ends. */
public final class UploadRunner {

    /** One running upload. */
    public interface Running {
        void pause();

        void resume();

        void cancel();

        Progress progress();

        CompletableFuture<UploadReport> report();
    }

    public Running start(UploadSource source, ApiSettings api, ShopCredentials credentials, UploadSettings settings,
                         ProgressListener listener) {
        ApiClient client = new ApiClient(api);
        UploadEngine engine = new UploadEngine(source, client, credentials, settings, listener);
        engine.report().whenComplete((report, error) -> {
            client.close();
            credentials.secret().wipe();
        });
        engine.start();
        return new Running() {
            @Override
            public void pause() {
                engine.pause();
            }

            @Override
            public void resume() {
                engine.resume();
            }

            @Override
            public void cancel() {
                // Waiting for the answer on the line means it is recorded if accepted: the next start skips it.
                engine.cancel(CancelMode.FINISH_CURRENT);
            }

            @Override
            public Progress progress() {
                return engine.progress();
            }

            @Override
            public CompletableFuture<UploadReport> report() {
                return engine.report();
            }
        };
    }
}
