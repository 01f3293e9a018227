package org.audienceimport.ui.sheet;

import java.nio.charset.Charset;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.TextFormats;

/** The view of step 2: choices bound to the ViewModel, and the preview table rebuilt from the chosen table. */
public final class SheetStepController {

    private final SheetStepViewModel model;
    private final Messages messages;
    private final TextFormats formats;
    private ObjectProperty<Integer> headerRowValue;
    private ChangeListener<ChosenTable> onTable;

    @FXML private ComboBox<SheetInfo> sheetChoice;
    @FXML private Spinner<Integer> headerSpinner;
    @FXML private HBox textOptions;
    @FXML private ComboBox<Charset> encodingChoice;
    @FXML private ComboBox<Character> delimiterChoice;
    @FXML private Label detected;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label problem;
    @FXML private TableView<Row> preview;
    @FXML private Label previewNote;

    public SheetStepController(SheetStepViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new TextFormats(messages);
    }

    @FXML
    private void initialize() {
        sheetChoice.setItems(model.sheets());
        sheetChoice.setConverter(converter(this::sheetName));
        sheetChoice.valueProperty().bindBidirectional(model.sheetProperty());
        sheetChoice.disableProperty().bind(javafx.beans.binding.Bindings.size(model.sheets()).lessThan(2));

        SpinnerValueFactory.IntegerSpinnerValueFactory rows =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Integer.MAX_VALUE, model.headerRowProperty().get());
        rows.maxProperty().bind(model.lastRowProperty());
        headerSpinner.setValueFactory(rows);
        headerRowValue = model.headerRowProperty().asObject();
        rows.valueProperty().bindBidirectional(headerRowValue);
        // Enter in the spinner applies the typed row; it must not also press Next.
        headerSpinner.getEditor().addEventHandler(ActionEvent.ACTION, ActionEvent::consume);

        textOptions.visibleProperty().bind(model.textFileProperty());
        textOptions.managedProperty().bind(textOptions.visibleProperty());
        encodingChoice.getItems().add(null);
        encodingChoice.getItems().addAll(SheetStepViewModel.ENCODINGS);
        encodingChoice.setConverter(converter(c -> c == null ? messages.get("sheet.detect") : formats.encoding(c)));
        encodingChoice.valueProperty().bindBidirectional(model.encodingProperty());
        delimiterChoice.getItems().add(null);
        delimiterChoice.getItems().addAll(SheetStepViewModel.DELIMITERS);
        delimiterChoice.setConverter(converter(d -> d == null ? messages.get("sheet.detect") : formats.delimiter(d)));
        delimiterChoice.valueProperty().bindBidirectional(model.delimiterProperty());

        detected.textProperty().bind(model.detected());
        detected.visibleProperty().bind(model.textFileProperty());
        detected.managedProperty().bind(detected.visibleProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        PreviewTable table = new PreviewTable(preview, messages);
        // Weak: a view replaced after a language switch must not be kept alive by its ViewModel.
        onTable = (obs, old, now) -> table.show(now);
        model.tableProperty().addListener(new WeakChangeListener<>(onTable));
        // The view keeps its controller (and so the listener above) alive exactly as long as the view lives.
        preview.getProperties().put(SheetStepController.class, this);
        table.show(model.tableProperty().get());
        previewNote.textProperty().bind(messages.binding(() -> table.note(model.tableProperty().get()), model.tableProperty()));
    }

    private String sheetName(SheetInfo sheet) {
        return sheet == null ? "" : sheet.hidden() ? messages.get("sheet.hidden", sheet.name()) : sheet.name();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
