package org.audienceimport.ui.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.ui.wizard.StepModel;
import org.audienceimport.upload.EngineState;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.RateLimit;
import org.audienceimport.upload.Secret;
import org.audienceimport.upload.ShopCredentials;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.UploadReport;
import org.audienceimport.upload.UploadSource;
import org.audienceimport.upload.http.ApiSettings;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.http.InvalidEndpointException;

/**
 * Step 6: sends the contacts. The engine runs on its own thread and drops its events in an
 * {@link UploadInbox}; a {@link Ticker} takes them in on the UI thread a few times a second, together with
 * a fresh look at the progress (so the countdown to the next free request moves even while nothing
 * happens). The engine's journal makes a second start of the same upload send only what is left.
 */
public final class UploadStepViewModel implements StepModel {

    public static final String DEFAULT_RATE = "40/60s";

    private final ImportSession session;
    private final UploadServices services;
    private final Tasks tasks;
    private final Messages messages;
    private final UploadTexts texts;

    private final StringProperty shopId = new SimpleStringProperty(this, "shopId", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final BooleanProperty rememberSecret = new SimpleBooleanProperty(this, "rememberSecret");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", ApiSettings.PERSONACLICK.toString());
    private final StringProperty rate = new SimpleStringProperty(this, "rate", DEFAULT_RATE);
    private final ReadOnlyObjectWrapper<UploadState> state = new ReadOnlyObjectWrapper<>(this, "state", UploadState.NOT_STARTED);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<UploadReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<int[]> chart = new ReadOnlyObjectWrapper<>(this, "chart", new int[RequestHistory.BUCKETS]);
    private final LocalizedText problem;
    private final LocalizedText pauseReason;
    private final LocalizedText resumedNote;
    private final BooleanProperty acknowledged = new SimpleBooleanProperty(this, "acknowledged");
    private final List<UiText> retryMessages = new ArrayList<>();
    private final ObservableList<String> retries = FXCollections.observableArrayList();
    private final RequestHistory history = new RequestHistory();
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;

    private UploadInbox inbox;
    private UploadRunner.Running running;
    private Ticker.Ticking ticking;

    public UploadStepViewModel(ImportSession session, UploadServices services, Tasks tasks, Messages messages) {
        this.session = session;
        this.services = services;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new UploadTexts(messages);
        this.problem = new LocalizedText(this, "problem", messages);
        this.pauseReason = new LocalizedText(this, "pauseReason", messages);
        this.resumedNote = new LocalizedText(this, "resumedNote", messages);
        // The retries are a list, not one text: rendered again as a whole when the language changes.
        messages.localeProperty().addListener((obs, old, now) ->
                retries.setAll(retryMessages.stream().map(message -> message.in(messages)).toList()));
        valid = Bindings.createBooleanBinding(() -> reason().isEmpty(), state, report, acknowledged);
        reasonInvalid = messages.binding(this::reason, state, report, acknowledged);
        // Another file, or "start another import": what was shown belongs to the previous upload.
        session.reportProperty().addListener((obs, old, now) -> {
            if (now == null && running == null) {
                forgetLastRun();
            }
        });
        session.practiceProperty().addListener((obs, old, now) -> fillPracticeShop());
    }

    @Override
    public void entered() {
        fillPracticeShop();
        if (!services.secrets().available() || !secret.get().isEmpty() || shopId.get().isBlank() || session.practiceProperty().get()) {
            return;
        }
        String shop = shopId.get().strip();
        tasks.run(p -> services.secrets().find(shop))
                .onSuccess(found -> found.filter(s -> secret.get().isEmpty() && shop.equals(shopId.get().strip()))
                        .ifPresent(secret::set))
                .start();
    }

    private void fillPracticeShop() {
        if (running != null) {
            return;
        }
        if (session.practiceProperty().get()) {
            shopId.set(PracticeSandbox.SHOP_ID);
            secret.set(PracticeSandbox.SHOP_SECRET);
            rememberSecret.set(false);
        } else if (PracticeSandbox.SHOP_ID.equals(shopId.get()) && PracticeSandbox.SHOP_SECRET.equals(secret.get())) {
            // Practice is over: the demo shop would only confuse a real upload.
            shopId.set("");
            secret.set("");
        }
    }

    /** Checks the form and starts sending; a problem with the form is shown and nothing starts. */
    public void start() {
        if (running != null) {
            return;
        }
        Optional<UiText> wrong = checkForm();
        if (wrong.isPresent()) {
            problem.set(wrong.get());
            return;
        }
        Optional<UploadSource> source = services.sources().from(session);
        if (source.isEmpty()) {
            problem.set(UiText.key("upload.problem.nothing"));
            return;
        }
        Endpoint address;
        try {
            address = session.practiceProperty().get() ? Endpoint.of(services.sandbox().uri()) : Endpoint.parse(endpoint.get());
        } catch (IOException e) {
            problem.set(UiText.key("upload.problem.sandbox"));
            return;
        }
        String shop = shopId.get().strip();
        String typed = secret.get().strip();
        if (rememberSecret.get() && services.secrets().available() && !session.practiceProperty().get()) {
            tasks.run(p -> services.secrets().save(shop, typed)).start();
        }
        forgetLastRun();
        inbox = new UploadInbox(services.nanoTime());
        running = services.runner().start(source.get(), ApiSettings.defaults().withEndpoint(address),
                new ShopCredentials(shop, Secret.of(typed)), services.settings().withRate(RateLimit.parse(rate.get().strip())),
                inbox);
        setState(UploadState.RUNNING);
        ticking = services.ticker().start(this::tick);
    }

    private Optional<UiText> checkForm() {
        if (shopId.get().isBlank()) {
            return Optional.of(UiText.key("upload.problem.shopId"));
        }
        if (secret.get().isBlank()) {
            return Optional.of(UiText.key("upload.problem.secret"));
        }
        if (!session.practiceProperty().get()) {
            try {
                Endpoint.parse(endpoint.get() == null ? "" : endpoint.get());
            } catch (InvalidEndpointException e) {
                return Optional.of(UiText.key("upload.problem.endpoint", e.text()));
            } catch (IllegalArgumentException e) {
                return Optional.of(UiText.key("upload.problem.endpoint", UiText.verbatim(e.getMessage())));
            }
        }
        try {
            RateLimit.parse(rate.get().strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(UiText.key("upload.problem.rate"));
        }
        return Optional.empty();
    }

    private void forgetLastRun() {
        problem.clear();
        pauseReason.clear();
        resumedNote.clear();
        retryMessages.clear();
        retries.clear();
        history.clear();
        chart.set(new int[RequestHistory.BUCKETS]);
        progress.set(null);
        report.set(null);
        acknowledged.set(false);
        setState(UploadState.NOT_STARTED);
    }

    public void pause() {
        if (running != null) {
            running.pause();
        }
    }

    public void resume() {
        if (running != null) {
            pauseReason.clear();
            running.resume();
        }
    }

    /** Stops after the request on the line is answered; what was accepted is remembered for a later start. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The user has read what did not go, and moves on. */
    public void acknowledge() {
        acknowledged.set(true);
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Takes in what the engine said since the last tick; called on the UI thread. */
    void tick() {
        if (running == null) {
            return;
        }
        UploadRunner.Running current = running;
        Optional<Throwable> failed = current.startFailure();
        if (failed.isPresent()) {
            notStarted(failed.get());
            return;
        }
        for (UploadInbox.Arrived arrived : inbox.drain()) {
            handle(arrived);
        }
        if (running == current) {
            progress.set(current.progress());
            chart.set(history.buckets(services.nanoTime().getAsLong()));
        }
    }

    /**
     * An earlier run can have stopped before the platform confirmed a single batch (cancelled at once, or
     * every request failed): "0 of N were already sent" would read as progress where there is none.
     */
    private static UiText resumedNote(Progress progress) {
        long alreadySent = progress.objectsAlreadySent();
        return alreadySent == 0
                ? UiText.plural("upload.resumed.nothingSent", progress.objectsTotal())
                : UiText.plural("upload.resumed", progress.objectsTotal(), alreadySent);
    }

    private void handle(UploadInbox.Arrived arrived) {
        switch (arrived.event()) {
            case UploadEvent.Started started when started.resumed() -> resumedNote.set(resumedNote(started.progress()));
            case UploadEvent.BatchAccepted accepted -> history.record(arrived.nanos());
            case UploadEvent.BatchRejected rejected -> history.record(arrived.nanos());
            case UploadEvent.BatchSplit split -> history.record(arrived.nanos());
            case UploadEvent.Retrying retrying -> {
                history.record(arrived.nanos());
                UiText retry = UploadTexts.retryMessage(retrying);
                retryMessages.add(retry);
                retries.add(retry.in(messages));
            }
            case UploadEvent.Paused paused -> {
                pauseReason.set(paused.byUser() ? UiText.NONE : UiText.engine(paused.why()));
                setState(UploadState.PAUSED);
            }
            case UploadEvent.Resumed resumed -> {
                pauseReason.clear();
                setState(UploadState.RUNNING);
            }
            case UploadEvent.Ended ended -> ended(ended);
            default -> {
            }
        }
    }

    /** The engine could not even be made (the HTTP client failed): nothing was sent, and Start can be tried again. */
    private void notStarted(Throwable failure) {
        ticking.stop();
        running = null;
        progress.set(null);
        problem.set(UiText.key("upload.problem.start", UiText.verbatim(String.valueOf(failure.getMessage()))));
        setState(UploadState.NOT_STARTED);
    }

    private void ended(UploadEvent.Ended ended) {
        ticking.stop();
        running = null;
        UploadReport result = ended.report();
        progress.set(ended.progress());
        chart.set(history.buckets(services.nanoTime().getAsLong()));
        pauseReason.clear();
        problem.set(result.complete() ? UiText.NONE : result.why().map(UiText::engine)
                .orElseGet(() -> UiText.plural("upload.problem.rejected", result.rejected().size())));
        report.set(result);
        session.reportProperty().set(result);
        setState(result.complete() ? UploadState.FINISHED : UploadState.FAILED);
    }

    private void setState(UploadState now) {
        state.set(now);
        session.uploadProperty().set(now);
    }

    private String reason() {
        return switch (state.get()) {
            case NOT_STARTED -> messages.get("upload.reason.notStarted");
            case RUNNING, PAUSED -> messages.get("upload.reason.running");
            case FINISHED -> "";
            case FAILED -> acknowledged.get() ? "" : messages.get("upload.reason.acknowledge");
        };
    }

    public StringProperty shopIdProperty() {
        return shopId;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public BooleanProperty rememberSecretProperty() {
        return rememberSecret;
    }

    public boolean secretStoreAvailable() {
        return services.secrets().available();
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public BooleanProperty practiceProperty() {
        return session.practiceProperty();
    }

    public ReadOnlyObjectProperty<UploadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UploadReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Requests per 10 s over the last three minutes, oldest first. */
    public ReadOnlyObjectProperty<int[]> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    /** Why the engine paused by itself (the server kept failing); empty for the user's own pause. */
    public ReadOnlyStringProperty pauseReasonProperty() {
        return pauseReason.textProperty();
    }

    /** Said when this start goes on from an earlier, interrupted one. */
    public ReadOnlyStringProperty resumedNoteProperty() {
        return resumedNote.textProperty();
    }

    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    /** Each request tried again, with the reason in plain words. */
    public ObservableList<String> retries() {
        return FXCollections.unmodifiableObservableList(retries);
    }

    public StringBinding contactsText() {
        return messages.binding(() -> progress.get() == null ? "" : texts.contacts(progress.get(), rowsInFile()),
                progress, session.rowCountProperty(), session.preparedFolderProperty());
    }

    public StringBinding bytesText() {
        return progressText(oncePacked(texts::bytes));
    }

    public StringBinding requestsText() {
        return progressText(oncePacked(texts::requests));
    }

    public StringBinding gaugeText() {
        return progressText(p -> texts.gauge(p.rate()));
    }

    public StringBinding gaugeCaption() {
        return progressText(p -> texts.gaugeCaption(p.rate()));
    }

    public StringBinding nextSlotText() {
        return progressText(untilEnded(p -> texts.nextSlot(p.rate())));
    }

    public StringBinding throughputText() {
        return progressText(oncePacked(texts::throughput));
    }

    /** Blank until the file has been packed into requests: "0 bytes of 0 bytes" while it is checked says nothing. */
    private static Function<Progress, String> oncePacked(Function<Progress, String> text) {
        return p -> p.packed() ? text.apply(p) : "";
    }

    /** Blank once the upload has ended: a wait or a next slot then means nothing. */
    private static Function<Progress, String> untilEnded(Function<Progress, String> text) {
        return p -> p.state() == EngineState.ENDED ? "" : text.apply(p);
    }

    public StringBinding etaText() {
        return progressText(untilEnded(texts::eta));
    }

    /** The bar's value, 0 to 1, or -1 for "busy": see {@link #barFraction}. */
    public DoubleBinding fraction() {
        return Bindings.createDoubleBinding(() -> barFraction(progress.get(), state.get() == UploadState.RUNNING, rowsInFile()),
                progress, state, session.rowCountProperty(), session.preparedFolderProperty());
    }

    /** The data rows of the file being sent, as counted in the first steps; unknown for a prepared upload. */
    private long rowsInFile() {
        return session.preparedFolderProperty().get() == null ? session.rowCountProperty().get() : ImportSession.UNKNOWN;
    }

    /**
     * The bar: the share of bytes sent; before that, while the file is checked and packed, the share of its
     * {@code rowsInFile} read, when they were counted, and otherwise a bar that only says "busy" (-1). A bar
     * that moves says how long the wait is, and a busy bar is redrawn every frame for as long as it shows.
     */
    static double barFraction(Progress p, boolean running, long rowsInFile) {
        if (p == null) {
            return 0.0;
        }
        if (!p.packed() && running) {
            return rowsInFile > 0 ? Math.min(1.0, (double) p.rowsRead() / rowsInFile) : -1.0;
        }
        return p.fraction();
    }

    /** The share of the rate window used, 0 to 1. */
    public DoubleBinding gaugeFraction() {
        return Bindings.createDoubleBinding(() -> {
            Progress p = progress.get();
            return p == null || p.rate().limit() == 0 ? 0.0 : (double) p.rate().used() / p.rate().limit();
        }, progress);
    }

    /** What will be sent: the file's name, or the prepared folder's. */
    public StringBinding sourceLine() {
        return messages.binding(() -> {
            java.nio.file.Path folder = session.preparedFolderProperty().get();
            if (folder != null) {
                return messages.get("upload.source.prepared", String.valueOf(folder.getFileName()));
            }
            return session.table() == null ? messages.get("upload.source.none")
                    : messages.get("upload.source.file", session.table().file().name());
        }, session.preparedFolderProperty(), session.tableProperty());
    }

    private StringBinding progressText(Function<Progress, String> text) {
        return messages.binding(() -> progress.get() == null ? "" : text.apply(progress.get()), progress);
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public StringBinding reasonInvalid() {
        return reasonInvalid;
    }
}
