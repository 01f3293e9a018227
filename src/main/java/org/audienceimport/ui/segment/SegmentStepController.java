package org.audienceimport.ui.segment;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.audienceimport.mapping.DateOrder;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RecentSegment;

/** The view of step 4: radio buttons for where the contacts go, two settings, each with examples from the file. */
public final class SegmentStepController {

    private final SegmentStepViewModel model;
    private final Messages messages;
    // Fields, so the weak listeners live as long as this view and no longer.
    private final ListChangeListener<Example> onPhoneExamples = change -> showPhoneExamples();
    private final ListChangeListener<Example> onDateExamples = change -> showDateExamples();
    private final ListChangeListener<RecentSegment> onRecent = change -> showRecent();

    @FXML private RadioButton generalList;
    @FXML private RadioButton staticSegment;
    @FXML private HBox segmentFields;
    @FXML private TextField segmentField;
    @FXML private TextField labelField;
    @FXML private ComboBox<RecentSegment> recentBox;
    @FXML private Label segmentProblem;
    @FXML private ComboBox<String> regionBox;
    @FXML private ComboBox<DateOrder> dateOrderBox;
    @FXML private VBox phoneExamples;
    @FXML private VBox dateExamples;

    public SegmentStepController(SegmentStepViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** How many of a combo box's items its skin measures for the box's and the list's width; all unless set. */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";

    @FXML
    private void initialize() {
        (model.toSegmentProperty().get() ? staticSegment : generalList).setSelected(true);
        staticSegment.selectedProperty().bindBidirectional(model.toSegmentProperty());
        segmentFields.disableProperty().bind(model.toSegmentProperty().not());
        segmentField.textProperty().bindBidirectional(model.segmentTextProperty());
        labelField.textProperty().bindBidirectional(model.segmentLabelProperty());
        segmentProblem.textProperty().bind(model.segmentProblem());
        segmentProblem.visibleProperty().bind(model.segmentProblem().isNotEmpty());
        segmentProblem.managedProperty().bind(segmentProblem.visibleProperty());

        recentBox.setConverter(converter(segment -> segment == null ? "" : segment.label().isEmpty() ? Long.toString(segment.id())
                : messages.get("segment.recent.item", Long.toString(segment.id()), segment.label())));
        recentBox.setOnAction(e -> model.useRecent(recentBox.getValue()));
        model.recentSegments().addListener(new WeakListChangeListener<>(onRecent));
        showRecent();

        regionBox.setItems(model.regionChoices());
        // Its list is as wide as the box: measuring all 245 names for its width held up the window each time.
        regionBox.getProperties().put(ROWS_TO_MEASURE, 0);
        regionBox.setConverter(converter(model::regionName));
        regionBox.valueProperty().bindBidirectional(model.phoneRegionProperty());

        dateOrderBox.getItems().setAll(java.util.Arrays.asList(null, DateOrder.DMY, DateOrder.MDY, DateOrder.YMD));
        dateOrderBox.setConverter(converter(order -> messages.get(order == null ? "segment.dates.detect"
                : "segment.dates." + order.name().toLowerCase(java.util.Locale.ROOT))));
        dateOrderBox.valueProperty().bindBidirectional(model.dateOrderProperty());

        model.phoneExamples().addListener(new WeakListChangeListener<>(onPhoneExamples));
        model.dateExamples().addListener(new WeakListChangeListener<>(onDateExamples));
        showPhoneExamples();
        showDateExamples();
    }

    private void showRecent() {
        recentBox.getItems().setAll(model.recentSegments());
        recentBox.setVisible(!model.recentSegments().isEmpty());
        recentBox.setManaged(recentBox.isVisible());
    }

    private void showPhoneExamples() {
        show(phoneExamples, model.phoneExamples(), "segment.examples.noPhone");
    }

    private void showDateExamples() {
        show(dateExamples, model.dateExamples(), "segment.examples.noDate");
    }

    private void show(VBox box, ObservableList<Example> examples, String noneKey) {
        if (examples.isEmpty()) {
            Label none = new Label(messages.get(noneKey));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            box.getChildren().setAll(none);
            return;
        }
        List<HBox> lines = examples.stream().map(this::line).toList();
        box.getChildren().setAll(lines);
    }

    private HBox line(Example example) {
        Label written = new Label(example.written());
        written.getStyleClass().add("example-written");
        written.setMinWidth(Region.USE_PREF_SIZE);
        Label arrow = new Label("\u2192");
        arrow.getStyleClass().add("example-arrow");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        Label sent = new Label(example.sent().isEmpty() ? messages.get("segment.examples.empty") : example.sent());
        sent.getStyleClass().add(example.problem() ? "example-problem" : "example-sent");
        sent.setWrapText(true);
        // Wrapped, a problem takes the lines it needs: without these the row keeps one line and cuts it with "…".
        sent.setMinHeight(Region.USE_PREF_SIZE);
        sent.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sent, Priority.ALWAYS);
        HBox line = new HBox(8, written, arrow, sent);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.setAlignment(example.problem() ? Pos.TOP_LEFT : Pos.CENTER_LEFT);
        line.getStyleClass().add("example");
        line.setAccessibleText(messages.get("segment.examples.accessible", example.written(), sent.getText()));
        return line;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, not typed");
            }
        };
    }
}
