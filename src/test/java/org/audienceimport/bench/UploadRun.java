package org.audienceimport.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.audienceimport.e2e.SandboxArrivals;
import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.sandbox.SandboxStats;
import org.audienceimport.upload.PreparedSource;
import org.audienceimport.upload.RateLimit;
import org.audienceimport.upload.Secret;
import org.audienceimport.upload.ShopCredentials;
import org.audienceimport.upload.UploadEngine;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.UploadReport;
import org.audienceimport.upload.UploadSettings;
import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.http.ApiSettings;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.http.ProxySettings;
import org.audienceimport.upload.pace.RetrySettings;

/**
 * One upload of a prepared folder to a fresh sandbox over loopback HTTP, as the app sends it (its engine,
 * its HTTP client, its journal), with each request's arrival noted on the server's side.
 *
 * @param report   how the engine says it went
 * @param stats    what the sandbox saw
 * @param arrivals when each request arrived ({@link System#nanoTime()}), in order
 * @param uncertainties how late each arrival may have been noted (nanoseconds)
 * @param answers  when the engine heard each batch was accepted ({@link System#nanoTime()}), in order
 */
record UploadRun(UploadReport report, SandboxStats stats, List<Long> arrivals, List<Long> uncertainties,
                 List<Long> answers) {

    private static final String SHOP = "bench-shop";
    private static final String SECRET = "bench-secret-0123456789abcdef";

    /**
     * @param serverLimit the rate the sandbox enforces
     * @param clientLimit the rate the engine keeps to
     * @param home        the app's folders for this run (its journal)
     */
    static UploadRun of(Path prepared, long maxRequestBytes, RateLimit serverLimit, RateLimit clientLimit, Path home)
            throws Exception {
        SandboxSettings settings = SandboxSettings.defaults().withShopId(SHOP).withShopSecret(SECRET)
                .withRateLimit(serverLimit).withMaxRequestBytes(maxRequestBytes);
        try (SandboxServer sandbox = SandboxServer.start(settings);
             ApiClient client = new ApiClient(ApiSettings.defaults().withEndpoint(Endpoint.of(sandbox.uri()))
                     .withProxy(new ProxySettings.Direct()))) {
            UploadSettings upload = new UploadSettings(clientLimit, RetrySettings.defaults(), home.resolve("data"),
                    home.resolve("cache"), 3, true);
            List<Long> answers = new CopyOnWriteArrayList<>();
            UploadEngine engine = new UploadEngine(new PreparedSource(prepared), client,
                    new ShopCredentials(SHOP, Secret.of(SECRET)), upload, event -> {
                        if (event instanceof UploadEvent.BatchAccepted) {
                            answers.add(System.nanoTime());
                        }
                    });
            UploadReport report;
            SandboxArrivals arrivals = SandboxArrivals.watch(sandbox);
            try {
                engine.start();
                report = engine.report().get(30, TimeUnit.MINUTES);
            } finally {
                arrivals.close();
            }
            List<Long> uncertainties = new java.util.ArrayList<>();
            for (int k = 0; k < arrivals.arrivals().size(); k++) {
                uncertainties.add(arrivals.uncertainty(k).toNanos());
            }
            return new UploadRun(report, sandbox.stats(), arrivals.arrivals(), uncertainties, List.copyOf(answers));
        }
    }

    /** How late arrival {@code k} may have been noted. */
    Duration uncertainty(int k) {
        return Duration.ofNanos(uncertainties.get(k));
    }

    /** The mean time from a request's arrival to the engine hearing its answer. */
    Duration meanOnTheLine() {
        long total = 0;
        for (int k = 0; k < arrivals.size(); k++) {
            total += answers.get(k) - arrivals.get(k);
        }
        return Duration.ofNanos(total / arrivals.size());
    }

    /**
     * The mean time, beyond the window, from the engine hearing the answer to request k to the arrival of
     * request k + N, for the first request of each window after the first: what pacing adds to the window
     * (the engine's margin, and waking up).
     */
    Duration meanBeyondWindow(RateLimit rate) {
        long total = 0;
        int count = 0;
        for (int k = rate.requests(); k < arrivals.size(); k += rate.requests()) {
            total += arrivals.get(k) - answers.get(k - rate.requests()) - rate.window().toNanos();
            count++;
        }
        return count == 0 ? Duration.ZERO : Duration.ofNanos(total / count);
    }

    /** From the first arrival to arrival {@code k} (0-based). */
    Duration untilArrival(int k) {
        return Duration.ofNanos(arrivals.get(k) - arrivals.getFirst());
    }
}
