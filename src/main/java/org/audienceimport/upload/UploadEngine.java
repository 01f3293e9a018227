package org.audienceimport.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.random.RandomGenerator;

import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.journal.AcceptedPart;
import org.audienceimport.upload.journal.Journal;
import org.audienceimport.upload.journal.JournalBusyException;
import org.audienceimport.upload.journal.UploadKey;
import org.audienceimport.upload.pace.RateWindow;
import org.audienceimport.upload.pace.RetryPolicy;
import org.audienceimport.upload.pace.TimeSource;
import org.audienceimport.upload.prepare.PreparedBatch;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.upload.prepare.PreparedUploadException;
import org.audienceimport.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one upload on its own thread: makes the batches ready, finds the journal of an earlier run of the
 * same upload, and sends every batch not yet accepted, one request at a time, within the rate window,
 * retrying what can be retried. Other threads may {@link #pause}, {@link #resume} and {@link #cancel};
 * the listener hears everything, and {@link #report()} says how it ended.
 *
 * <p>Rejected batches do not stop the upload: they are reported at the end with their rows, and the
 * next run of the same upload tries them again (the journal records only acceptances). Several
 * rejections in a row do stop it ({@link UploadSettings#rejectionsToStop()}).
 *
 * <p>One engine runs one upload once; the credentials are the caller's to wipe afterwards.
 */
public final class UploadEngine {

    private static final Logger LOG = LoggerFactory.getLogger(UploadEngine.class);

    private final UploadSource source;
    private final ApiClient client;
    private final ShopCredentials credentials;
    private final UploadSettings settings;
    private final ProgressListener listener;
    private final TimeSource time;
    private final Clock clock;
    private final RetryPolicy policy;
    private final RateWindow window;
    private final ProgressTracker tracker;
    private final EngineControl control = new EngineControl();
    private final CompletableFuture<UploadReport> report = new CompletableFuture<>();
    private Thread thread;

    public UploadEngine(UploadSource source, ApiClient client, ShopCredentials credentials, UploadSettings settings,
                        ProgressListener listener) {
        this(source, client, credentials, settings, listener, TimeSource.system(), Clock.systemUTC(),
                RandomGenerator.getDefault());
    }

    /** With the passing of time and chance given, for tests. */
    UploadEngine(UploadSource source, ApiClient client, ShopCredentials credentials, UploadSettings settings,
                 ProgressListener listener, TimeSource time, Clock clock, RandomGenerator random) {
        this.source = Objects.requireNonNull(source, "source");
        this.client = Objects.requireNonNull(client, "client");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = listener == null ? ProgressListener.none() : listener;
        this.time = time;
        this.clock = clock;
        this.policy = new RetryPolicy(settings.retry(), clock, random);
        this.window = new RateWindow(settings.rate(), time);
        this.tracker = new ProgressTracker(window, time);
    }

    /** Starts the upload on a new thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("an engine runs once; make a new one to upload again");
        }
        thread = Thread.ofPlatform().name("upload-engine").unstarted(this::runAndReport);
        control.bind(thread);
        thread.start();
    }

    /** Stops sending after the request on the line (if any) is answered; waits are cut short. */
    public void pause() {
        control.pause();
    }

    /** Goes on after a pause (the user's, or the engine's own after the server kept failing). */
    public void resume() {
        control.resume();
    }

    /** Ends the upload; what happens to the request on the line is {@code mode}'s choice, and the report says which. */
    public void cancel(CancelMode mode) {
        control.cancel(mode);
    }

    public Progress progress() {
        return tracker.snapshot();
    }

    /** Completes with the report when the upload ends; it never completes exceptionally. */
    public CompletableFuture<UploadReport> report() {
        return report;
    }

    /** Waits for the end of the upload. */
    public UploadReport awaitReport() throws InterruptedException {
        try {
            return report.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the engine never fails its report", e);
        }
    }

    private void runAndReport() {
        UploadReport result;
        try {
            result = run();
        } catch (RuntimeException | Error e) {
            LOG.error("The upload engine failed", e);
            result = ended(UploadReport.Ending.STOPPED, StopCause.UNEXPECTED,
                    Text.of("upload.stop.internal", e.getClass().getSimpleName()),
                    null, null, Optional.empty(), 0);
        }
        tracker.state(EngineState.ENDED);
        emit(new UploadEvent.Ended(tracker.snapshot(), result));
        report.complete(result);
    }

    private UploadReport run() {
        long started = time.nanoTime();
        UploadSource.Staged staged = null;
        Journal journal = null;
        BatchSender sender = null;
        try {
            tracker.state(EngineState.PREPARING);
            emit(new UploadEvent.Preparing(tracker.snapshot()));
            staged = source.stage(settings.scratchFolder(), rows -> {
                tracker.rowsRead(rows);
                emit(new UploadEvent.Preparing(tracker.snapshot()));
            }, control::cancelled);
            if (control.cancelled()) {
                throw new UploadEnded(StopCause.CANCELLED, Text.of("upload.cancelledBeforeSending"));
            }
            PreparedUpload upload = staged.upload();
            checkCredentialsFit(upload);
            UploadKey key = source.key(staged, client.settings().endpoint(), credentials.shopId());
            journal = Journal.open(settings.dataFolder(), key, about(upload), settings.fresh(), clock);
            seedWindow(journal);
            tracker.totals(upload.batches().size(), upload.manifest().objects(),
                    upload.batches().stream().mapToLong(PreparedBatch::bytes).sum());
            // Counted before Started, so that it can say how much an earlier run sent (not "0 of N").
            List<PreparedBatch> toSend = new ArrayList<>();
            for (PreparedBatch batch : upload.batches()) {
                if (journal.isAccepted(batch.number(), batch.sha256(), "", batch.sha256())) {
                    tracker.alreadySent(batch.objects(), batch.bytes());
                } else {
                    toSend.add(batch);
                }
            }
            tracker.state(EngineState.SENDING);
            emit(new UploadEvent.Started(tracker.snapshot(), journal.resumed(), journal.file()));
            sender = new BatchSender(client, credentials, window, policy, journal, control, tracker, time, this::emit,
                    settings.rejectionsToStop());
            for (PreparedBatch batch : toSend) {
                sender.send(batch, upload.batchBytes(batch));
            }
            if (sender.rejected().isEmpty()) {
                journal.recordFinished();
            }
            return ended(UploadReport.Ending.FINISHED, null, null, staged, sender, Optional.of(journal.file()), started);
        } catch (UploadEnded e) {
            UploadReport.Ending ending = e.stopCause() == StopCause.CANCELLED || e.stopCause() == StopCause.RETRIES_EXHAUSTED
                    ? UploadReport.Ending.CANCELLED : UploadReport.Ending.STOPPED;
            return ended(ending, e.stopCause(), e.reason(), staged, sender, journalFile(journal), started);
        } catch (CancellationException e) {
            return ended(UploadReport.Ending.CANCELLED, StopCause.CANCELLED, Text.of("upload.cancelledBeforeSending"),
                    staged, sender, journalFile(journal), started);
        } catch (UploadSourceException e) {
            return ended(UploadReport.Ending.STOPPED, StopCause.SOURCE_PROBLEM, e.text(), staged, sender,
                    journalFile(journal), started);
        } catch (PreparedUploadException e) {
            return ended(UploadReport.Ending.STOPPED, StopCause.SOURCE_PROBLEM, e.text(), staged,
                    sender, journalFile(journal), started);
        } catch (JournalBusyException e) {
            return ended(UploadReport.Ending.STOPPED, StopCause.LOCAL_PROBLEM, e.text(), staged, sender,
                    Optional.empty(), started);
        } catch (IOException e) {
            LOG.warn("Upload stopped by a local input/output problem", e);
            return ended(UploadReport.Ending.STOPPED, StopCause.LOCAL_PROBLEM,
                    Text.of("upload.stop.io", credentials.secret().redact(e.getMessage())), staged, sender,
                    journalFile(journal), started);
        } catch (InterruptedException e) {
            return ended(UploadReport.Ending.CANCELLED, StopCause.CANCELLED, Text.of("upload.interrupted"), staged,
                    sender, journalFile(journal), started);
        } finally {
            close(journal, staged);
        }
    }

    private void checkCredentialsFit(PreparedUpload upload) throws UploadEnded {
        if (!upload.credentialsFit(credentials.shopId(), credentials.secret().reveal())) {
            throw new UploadEnded(StopCause.BAD_CREDENTIALS, Text.of("upload.stop.credentialsTooLong"));
        }
    }

    private Map<String, String> about(PreparedUpload upload) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("endpoint", client.settings().endpoint().toString());
        about.put("source", source.name());
        upload.manifest().segmentId().ifPresent(segment -> about.put("segment_id", String.valueOf(segment)));
        about.put("batches", String.valueOf(upload.batches().size()));
        return about;
    }

    /** A quick restart must not overrun the server's window with what the last run just sent. */
    private void seedWindow(Journal journal) {
        Instant now = clock.instant();
        List<AcceptedPart> parts = journal.accepted();
        for (AcceptedPart part : parts.subList(Math.max(0, parts.size() - settings.rate().requests()), parts.size())) {
            Duration ago = Duration.between(part.at(), now);
            if (!ago.isNegative() && ago.compareTo(settings.rate().window()) < 0) {
                window.recordEarlier(ago);
            }
        }
    }

    private static Optional<Path> journalFile(Journal journal) {
        return journal == null ? Optional.empty() : Optional.of(journal.file());
    }

    private UploadReport ended(UploadReport.Ending ending, StopCause cause, Text reason, UploadSource.Staged staged,
                               BatchSender sender, Optional<Path> journal, long started) {
        Duration duration = started == 0 ? Duration.ZERO : Duration.ofNanos(time.nanoTime() - started);
        int total = staged == null ? 0 : staged.upload().batches().size();
        long objects = staged == null ? 0 : staged.upload().manifest().objects();
        return new UploadReport(ending, Optional.ofNullable(cause), Optional.ofNullable(reason),
                tracker.objectsSentNow(), tracker.requestsAcceptedNow(), tracker.batchesAlreadySent(),
                tracker.objectsAlreadySent(), total, objects, sender == null ? List.of() : sender.rejected(),
                tracker.retries(), duration, sender == null ? UploadReport.InFlight.NONE : sender.inFlight(),
                staged == null ? Optional.empty() : staged.conversion(),
                staged == null ? List.of() : staged.tooLarge(), journal);
    }

    private void close(Journal journal, UploadSource.Staged staged) {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.warn("The journal could not be closed", e);
            }
        }
        if (staged != null) {
            try {
                staged.cleanup().run();
            } catch (IOException e) {
                LOG.warn("Scratch files could not all be removed", e);
            }
        }
    }

    private void emit(UploadEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("A progress listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }
}
