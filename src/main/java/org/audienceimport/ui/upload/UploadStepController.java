package org.audienceimport.ui.upload;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.upload.http.ApiSettings;

/** The view of step 6: the shop's credentials, then the upload as it goes. */
public final class UploadStepController {

    private static final double CHART_HEIGHT = 56;

    private final UploadStepViewModel model;
    private final CloseGuard closeGuard;
    private final Messages messages;

    @FXML private ScrollPane root;
    @FXML private Label practiceBanner;
    @FXML private Label sourceLine;
    @FXML private GridPane form;
    @FXML private TextField shopId;
    @FXML private PasswordField secret;
    @FXML private HBox rememberBox;
    @FXML private CheckBox remember;
    @FXML private Label noStore;
    @FXML private TitledPane advanced;
    @FXML private ComboBox<String> endpoint;
    @FXML private TextField rate;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button cancelButton;
    @FXML private Label problem;
    @FXML private Label resumedNote;
    @FXML private Label pauseReason;
    @FXML private HBox acknowledgeBox;
    @FXML private VBox liveBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label contacts;
    @FXML private Label bytes;
    @FXML private Label requests;
    @FXML private Label throughput;
    @FXML private Label eta;
    @FXML private ProgressBar gaugeBar;
    @FXML private Label gauge;
    @FXML private Label gaugeCaption;
    @FXML private Label nextSlot;
    @FXML private HBox chart;
    @FXML private VBox retriesBox;
    @FXML private ListView<String> retries;

    private final ChangeListener<int[]> onChart = (obs, old, now) -> drawChart(now);
    private final ChangeListener<Scene> onScene = (obs, old, now) -> {
        if (now != null) {
            now.windowProperty().addListener((o, was, window) -> guard(window));
            guard(now.getWindow());
        }
    };

    public UploadStepController(UploadStepViewModel model, CloseGuard closeGuard, Messages messages) {
        this.model = model;
        this.closeGuard = closeGuard;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        var running = model.stateProperty().map(s -> s == UploadState.RUNNING || s == UploadState.PAUSED);
        showWhen(practiceBanner, model.practiceProperty());
        sourceLine.textProperty().bind(model.sourceLine());
        shopId.textProperty().bindBidirectional(model.shopIdProperty());
        secret.textProperty().bindBidirectional(model.secretProperty());
        remember.selectedProperty().bindBidirectional(model.rememberSecretProperty());
        if (!model.secretStoreAvailable()) {
            remember.setDisable(true);
            remember.setSelected(false);
            // A disabled control shows no tooltip: the box around it carries it, and the reason is also written out.
            Tooltip.install(rememberBox, new Tooltip(messages.get("upload.remember.none")));
        }
        showWhen(noStore, new javafx.beans.property.SimpleBooleanProperty(!model.secretStoreAvailable()));
        endpoint.getItems().setAll(ApiSettings.PERSONACLICK.toString(), ApiSettings.REES46.toString());
        endpoint.valueProperty().bindBidirectional(model.endpointProperty());
        rate.textProperty().bindBidirectional(model.rateProperty());
        form.disableProperty().bind(running);
        advanced.disableProperty().bind(Bindings.createBooleanBinding(
                () -> running.getValue() || model.practiceProperty().get(), running, model.practiceProperty()));
        startButton.disableProperty().bind(running);
        startButton.textProperty().bind(messages.binding(() -> messages.get(
                model.stateProperty().get() == UploadState.FAILED ? "upload.startAgain" : "upload.start"),
                model.stateProperty()));
        showWhen(startButton, model.stateProperty().map(s -> s != UploadState.FINISHED));
        showWhen(pauseButton, model.stateProperty().map(s -> s == UploadState.RUNNING));
        showWhen(resumeButton, model.stateProperty().map(s -> s == UploadState.PAUSED));
        showWhen(cancelButton, running);
        bindText(problem, model.problemProperty());
        bindText(resumedNote, model.resumedNoteProperty());
        bindText(pauseReason, model.pauseReasonProperty());
        showWhen(acknowledgeBox, Bindings.createBooleanBinding(() -> model.stateProperty().get() == UploadState.FAILED
                && !model.acknowledgedProperty().get(), model.stateProperty(), model.acknowledgedProperty()));
        showWhen(liveBox, model.progressProperty().map(p -> true).orElse(false));
        progressBar.progressProperty().bind(model.fraction());
        contacts.textProperty().bind(model.contactsText());
        // Blank while the file is checked, before it is packed: out of the line then, not a gap in it.
        bindText(bytes, model.bytesText());
        bindText(requests, model.requestsText());
        bindText(throughput, model.throughputText());
        eta.textProperty().bind(model.etaText());
        gaugeBar.progressProperty().bind(model.gaugeFraction());
        gauge.textProperty().bind(model.gaugeText());
        gaugeCaption.textProperty().bind(model.gaugeCaption());
        nextSlot.textProperty().bind(model.nextSlotText());
        for (int i = 0; i < RequestHistory.BUCKETS; i++) {
            Region bar = new Region();
            bar.getStyleClass().add("chart-bar");
            bar.setPrefWidth(10);
            chart.getChildren().add(bar);
        }
        // Weak: a view dropped after a language switch must not be kept alive by its ViewModel.
        model.chartProperty().addListener(new WeakChangeListener<>(onChart));
        drawChart(model.chartProperty().get());
        retries.setItems(model.retries());
        retries.setCellFactory(list -> new WrappingCell());
        showWhen(retriesBox, Bindings.isNotEmpty(model.retries()));
        root.sceneProperty().addListener(onScene);
    }

    private void guard(Window window) {
        if (window != null) {
            closeGuard.install(window);
        }
    }

    private void drawChart(int[] counts) {
        int highest = 1;
        for (int count : counts) {
            highest = Math.max(highest, count);
        }
        for (int i = 0; i < counts.length && i < chart.getChildren().size(); i++) {
            Region bar = (Region) chart.getChildren().get(i);
            double height = counts[i] == 0 ? 1 : Math.max(3, CHART_HEIGHT * counts[i] / highest);
            bar.setMinHeight(height);
            bar.setPrefHeight(height);
            bar.setMaxHeight(height);
        }
        chart.setAccessibleText(messages.get("upload.chart.accessible", counts.length == 0 ? 0 : counts[counts.length - 1]));
    }

    /** A retry's reason is a sentence: it wraps instead of running off to the side. */
    /**
     * A retry's reason is a sentence: it wraps at the cell's width. A Text with a wrapping width, not a wrapping
     * Label, since the list measured a Label's lines at another width than it drew them and cut the last with "…".
     */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            // A cell with no width of its own takes the list's.
            setPrefWidth(0);
            text.getStyleClass().add("retry-text");
            text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                    widthProperty(), paddingProperty()));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private static void bindText(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        showWhen(label, text.map(t -> !t.isEmpty()));
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void pause() {
        model.pause();
    }

    @FXML
    private void resume() {
        model.resume();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void acknowledge() {
        model.acknowledge();
    }
}
