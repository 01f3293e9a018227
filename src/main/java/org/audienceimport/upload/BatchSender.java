package org.audienceimport.upload;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.http.RequestBytes;
import org.audienceimport.upload.journal.Journal;
import org.audienceimport.upload.pace.Outcome;
import org.audienceimport.upload.pace.RateWindow;
import org.audienceimport.upload.pace.RetryDecision;
import org.audienceimport.upload.pace.RetryPolicy;
import org.audienceimport.upload.pace.TimeSource;
import org.audienceimport.upload.prepare.CredentialInjection;
import org.audienceimport.upload.prepare.PreparedBatch;
import org.audienceimport.upload.prepare.Sha256;
import org.audienceimport.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch until it is accepted, rejected, split or the upload ends: waits for the rate window,
 * adds the credentials, posts, asks the retry policy, records acceptances in the journal, and keeps to
 * pause and cancel between steps. Runs on the engine's thread only.
 */
final class BatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);

    private final ApiClient client;
    private final ShopCredentials credentials;
    private final RateWindow window;
    private final RetryPolicy policy;
    private final Journal journal;
    private final EngineControl control;
    private final ProgressTracker tracker;
    private final TimeSource time;
    private final Consumer<UploadEvent> emit;
    private final int rejectionsToStop;
    private final List<RejectedBatch> rejected = new ArrayList<>();
    private int rejectedInARow;
    private UploadReport.InFlight inFlight = UploadReport.InFlight.NONE;
    private Optional<Text> autoPauseReason = Optional.empty();

    BatchSender(ApiClient client, ShopCredentials credentials, RateWindow window, RetryPolicy policy, Journal journal,
                EngineControl control, ProgressTracker tracker, TimeSource time, Consumer<UploadEvent> emit,
                int rejectionsToStop) {
        this.client = client;
        this.credentials = credentials;
        this.window = window;
        this.policy = policy;
        this.journal = journal;
        this.control = control;
        this.tracker = tracker;
        this.time = time;
        this.emit = emit;
        this.rejectionsToStop = rejectionsToStop;
    }

    List<RejectedBatch> rejected() {
        return List.copyOf(rejected);
    }

    UploadReport.InFlight inFlight() {
        return inFlight;
    }

    /** Sends a whole batch (its bytes already checked against the manifest). */
    void send(PreparedBatch batch, byte[] bytes) throws UploadEnded, InterruptedException {
        sendPart(batch, "", bytes, 1, batch.objects());
    }

    private void sendPart(PreparedBatch batch, String part, byte[] bytes, int firstObject, int objects)
            throws UploadEnded, InterruptedException {
        boolean whole = part.isEmpty();
        String sha256 = whole ? batch.sha256() : Sha256.of(bytes);
        if (!whole && journal.isAccepted(batch.number(), batch.sha256(), part, sha256)) {
            tracker.partAlreadySent(objects, bytes.length);
            return;
        }
        if (journal.wasSplit(batch.number(), batch.sha256(), part)) {
            split(batch, part, bytes, firstObject);
            return;
        }
        int attempts = 0;
        long firstFailure = -1;
        while (true) {
            if (checkpoint()) {
                attempts = 0;
                firstFailure = -1;
            }
            if (!awaitSlot()) {
                continue;
            }
            Optional<Outcome> outcome = post(bytes);
            if (outcome.isEmpty()) {
                continue;
            }
            attempts++;
            Duration failingFor = firstFailure < 0 ? Duration.ZERO : Duration.ofNanos(time.nanoTime() - firstFailure);
            RetryDecision decision = policy.decide(outcome.get(), attempts, failingFor, objects);
            switch (decision) {
                case RetryDecision.Accept accept -> {
                    accepted(batch, part, sha256, objects, bytes.length);
                    return;
                }
                case RetryDecision.Retry retry -> {
                    if (firstFailure < 0) {
                        firstFailure = time.nanoTime();
                    }
                    tracker.retried();
                    tracker.state(EngineState.WAITING);
                    emit.accept(new UploadEvent.Retrying(tracker.snapshot(), batch.number(), attempts, retry.delay(),
                            retry.why().redacted(credentials.secret()::redact)));
                    control.sleep(retry.delay());
                }
                case RetryDecision.Pause pause -> {
                    autoPauseReason = Optional.of(pause.why().redacted(credentials.secret()::redact));
                    control.pauseBecause(autoPauseReason.get());
                }
                case RetryDecision.Stop stop -> throw new UploadEnded(switch (stop.kind()) {
                    case CREDENTIALS -> StopCause.BAD_CREDENTIALS;
                    case ADDRESS -> StopCause.WRONG_ADDRESS;
                    case UNEXPECTED_ANSWER -> StopCause.SERVER_REFUSED;
                }, stop.why().redacted(credentials.secret()::redact));
                case RetryDecision.Split split -> {
                    emit.accept(new UploadEvent.BatchSplit(tracker.snapshot(), batch.number(), part, split.why()));
                    split(batch, part, bytes, firstObject);
                    return;
                }
                case RetryDecision.Reject reject -> {
                    rejected(batch, part, firstObject, objects, bytes.length, reject);
                    return;
                }
            }
        }
    }

    private void split(PreparedBatch batch, String part, byte[] bytes, int firstObject) throws UploadEnded, InterruptedException {
        List<byte[]> halves;
        int leftCount;
        int rightCount;
        try {
            halves = BodySplitter.halves(bytes);
            leftCount = BodySplitter.count(halves.get(0));
            rightCount = BodySplitter.count(halves.get(1));
        } catch (IOException | IllegalArgumentException e) {
            throw new UploadEnded(StopCause.UNEXPECTED, Text.of("upload.stop.splitFailed", batch.number(), e.getMessage()));
        }
        sendPart(batch, part + "L", halves.get(0), firstObject, leftCount);
        sendPart(batch, part + "R", halves.get(1), firstObject + leftCount, rightCount);
        if (part.isEmpty()) {
            tracker.splitBatchDone();
        }
    }

    private void accepted(PreparedBatch batch, String part, String sha256, int objects, int bytes) throws UploadEnded {
        try {
            journal.recordAccepted(batch.number(), batch.sha256(), part, sha256, objects);
        } catch (IOException e) {
            throw new UploadEnded(StopCause.LOCAL_PROBLEM, Text.of("upload.stop.journal", batch.number(), e.getMessage()));
        }
        rejectedInARow = 0;
        tracker.accepted(objects, bytes, part.isEmpty());
        emit.accept(new UploadEvent.BatchAccepted(tracker.snapshot(), batch.number(), part, objects));
    }

    private void rejected(PreparedBatch batch, String part, int firstObject, int objects, int bytes,
                          RetryDecision.Reject reject) throws UploadEnded {
        Text message = reject.message().redacted(credentials.secret()::redact);
        RejectedBatch rejection = new RejectedBatch(batch.number(), part, firstObject, objects, batch.firstRow(),
                batch.lastRow(), reject.status(), message);
        rejected.add(rejection);
        tracker.rejected(objects, bytes, part.isEmpty());
        // The server's words may quote a contact's values; the log keeps only where and how it refused.
        LOG.info("The server refused batch {} (HTTP {}, a {}-character message shown to the user)", batch.number(),
                reject.status(), rejection.message().length());
        emit.accept(new UploadEvent.BatchRejected(tracker.snapshot(), rejection));
        if (++rejectedInARow >= rejectionsToStop) {
            throw new UploadEnded(StopCause.SERVER_REFUSED, Text.of("upload.stop.refusedInARow", rejectedInARow, message));
        }
    }

    /**
     * Holds while paused; ends the upload when cancelled. Returns whether it paused (the retry budget
     * then starts again).
     */
    private boolean checkpoint() throws UploadEnded, InterruptedException {
        boolean paused = false;
        while (control.pauseWanted()) {
            paused = true;
            tracker.state(EngineState.PAUSED);
            emit.accept(new UploadEvent.Paused(tracker.snapshot(), control.pauseReason(), control.pausedByUser()));
            if (control.awaitResume()) {
                autoPauseReason = Optional.empty();
                tracker.state(EngineState.SENDING);
                emit.accept(new UploadEvent.Resumed(tracker.snapshot()));
            }
        }
        if (control.cancelled()) {
            throw autoPauseReason.isPresent()
                    ? new UploadEnded(StopCause.RETRIES_EXHAUSTED, autoPauseReason.get())
                    : new UploadEnded(StopCause.CANCELLED, Text.of("upload.cancelled"));
        }
        return paused;
    }

    /** Waits until the rate window lets a request go; false when a pause or cancel cut the wait short. */
    private boolean awaitSlot() throws InterruptedException {
        Duration delay = window.delayBeforeNext();
        while (delay.isPositive()) {
            tracker.state(EngineState.WAITING);
            emit.accept(new UploadEvent.Waiting(tracker.snapshot(), delay));
            if (!control.sleep(delay)) {
                return false;
            }
            delay = window.delayBeforeNext();
        }
        return true;
    }

    /** One request; empty when it did not go out (a pause came first) or was abandoned on cancel. */
    private Optional<Outcome> post(byte[] bytes) throws InterruptedException {
        if (!control.enterRequest()) {
            return Optional.empty();
        }
        tracker.state(EngineState.SENDING);
        // The batch is sent as it is, after the credentials: not copied whole behind them for each request.
        byte[] prefix = CredentialInjection.prefix(credentials.shopId(), credentials.secret().reveal());
        RequestBytes body = new RequestBytes(prefix, bytes, CredentialInjection.afterOpeningBrace(bytes));
        Outcome outcome = null;
        try (RateWindow.Slot slot = window.acquire()) {
            outcome = new Outcome.Answered(client.post(body));
        } catch (IOException e) {
            outcome = new Outcome.Failed(e);
        } catch (InterruptedException e) {
            if (!control.abandoned()) {
                throw e;
            }
        } finally {
            Arrays.fill(prefix, (byte) 0);
            control.leaveRequest();
        }
        if (control.abandoned() && !(outcome instanceof Outcome.Answered)) {
            // The failure, if any, is the abandonment itself.
            outcome = null;
        }
        if (control.cancelled()) {
            inFlight = outcome == null ? UploadReport.InFlight.ABANDONED : UploadReport.InFlight.FINISHED;
        }
        return Optional.ofNullable(outcome);
    }
}
