package org.audienceimport.ui.columns;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.Target;
import org.audienceimport.ui.common.EngineMessages;
import org.audienceimport.ui.common.GradualRows;
import org.audienceimport.ui.common.LazyTooltip;
import org.audienceimport.ui.common.FileDialogs;
import org.audienceimport.ui.common.Messages;

/** The view of step 3: one table row per sheet column, with the target field chosen in the row. */
public final class ColumnsStepController {

    private static final int SAMPLES_SHOWN = 3;

    private final ColumnsStepViewModel model;
    private final TargetNames names;
    private final Messages messages;
    private final FileDialogs dialogs;

    private boolean asking;

    @FXML private TableView<ColumnRow> columns;
    @FXML private TableColumn<ColumnRow, String> sourceColumn;
    @FXML private TableColumn<ColumnRow, String> samplesColumn;
    @FXML private TableColumn<ColumnRow, ColumnRow> targetColumn;
    @FXML private TableColumn<ColumnRow, ColumnRow> confidenceColumn;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label problem;
    @FXML private CheckBox emailTransactional;
    @FXML private CheckBox smsTransactional;
    @FXML private HBox rememberedBox;
    @FXML private Label notice;

    public ColumnsStepController(ColumnsStepViewModel model, TargetNames names, Messages messages, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.names = names;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        columns.setItems(model.rows());
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // A row here is a combo box and three cells: the first rows, all at once, held up the window for 150 ms.
        GradualRows.onFirstItems(columns, ROWS_PER_PULSE);
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().column().letter() + "  \u00B7  " + c.getValue().column().label()));
        samplesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.join(",  ", c.getValue().samples().stream().limit(SAMPLES_SHOWN).toList())));
        targetColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        targetColumn.setCellFactory(c -> new TargetCell());
        confidenceColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        confidenceColumn.setCellFactory(c -> new ConfidenceCell());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        emailTransactional.selectedProperty().bindBidirectional(model.emailTransactionalProperty());
        emailTransactional.disableProperty().bind(model.filledByColumn(ColumnsStepViewModel.EMAIL_TRANSACTIONAL));
        smsTransactional.selectedProperty().bindBidirectional(model.smsTransactionalProperty());
        smsTransactional.disableProperty().bind(model.filledByColumn(ColumnsStepViewModel.SMS_TRANSACTIONAL));
        rememberedBox.visibleProperty().bind(model.rememberedProperty());
        rememberedBox.managedProperty().bind(rememberedBox.visibleProperty());
        notice.textProperty().bind(model.noticeProperty());
    }

    @FXML
    private void resetToSuggestions() {
        model.resetToSuggestions();
    }

    @FXML
    private void saveTemplate() {
        dialogs.save(columns.getScene().getWindow(), messages.get("columns.template.save.title"), Optional.empty(),
                "columns.json", templateType()).ifPresent(model::saveTemplate);
    }

    @FXML
    private void loadTemplate() {
        dialogs.open(columns.getScene().getWindow(), messages.get("columns.template.load.title"), templateType())
                .ifPresent(model::loadTemplate);
    }

    /** Asks for the custom property a row's values go to; cancelling puts back what the row had. */
    private void askCustomProperty(ColumnRow row, Target previous) {
        CustomPropertyForm form = model.newCustomProperty();
        TextField name = new TextField();
        name.setId("custom-name");
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<CustomType> type = new ComboBox<>(FXCollections.observableArrayList(CustomType.values()));
        type.setId("custom-type");
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(CustomType value) {
                return value == null ? "" : value.code();
            }

            @Override
            public CustomType fromString(String text) {
                return CustomType.fromCode(text).orElse(null);
            }
        });
        TextField separator = new TextField();
        separator.setPrefColumnCount(4);
        separator.textProperty().bindBidirectional(form.separatorProperty());
        separator.disableProperty().bind(form.typeProperty().isNotEqualTo(CustomType.ARRAY));
        Label check = new Label();
        check.setWrapText(true);
        check.getStyleClass().add("problem-title");
        check.textProperty().bind(form.problem());
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.get("columns.customDialog.name")), name);
        grid.addRow(1, new Label(messages.get("columns.customDialog.type")), type);
        grid.addRow(2, new Label(messages.get("columns.customDialog.separator.label")), separator);
        grid.add(check, 0, 3, 2, 1);
        check.setMaxWidth(360);

        Dialog<Target.CustomTarget> dialog = new Dialog<>();
        dialog.initOwner(columns.getScene().getWindow());
        dialog.setTitle(messages.get("columns.customDialog.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.problem().isNotEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.target().orElse(null) : null);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.showAndWait().ifPresentOrElse(target -> model.useCustom(row, target), () -> row.target().set(previous));
    }

    private List<FileDialogs.FileType> templateType() {
        return List.of(new FileDialogs.FileType(messages.get("columns.template.fileType"), "json"));
    }

    private static final double TARGET_BOX_WIDTH = 200;
    private static final int ROWS_PER_PULSE = 2;

    /** A combo box bound to the row's target; rows are few (one per sheet column), so one box per row is fine. */
    private final class TargetCell extends TableCell<ColumnRow, ColumnRow> {
        private final ComboBox<Target> box = new ComboBox<>();
        private ColumnRow bound;

        TargetCell() {
            box.setItems(model.choices());
            box.setMaxWidth(Double.MAX_VALUE);
            // The cell gives it its width; measuring every field's name for each row's box held up the window.
            box.setPrefWidth(TARGET_BOX_WIDTH);
            box.getProperties().put("comboBoxRowsToMeasureWidth", 0);
            box.setVisibleRowCount(14);
            box.valueProperty().addListener((o, was, now) -> {
                ColumnRow row = bound;
                if (ColumnsStepViewModel.NEW_CUSTOM.equals(now) && row != null && !asking) {
                    asking = true;
                    Platform.runLater(() -> {
                        try {
                            askCustomProperty(row, ColumnsStepViewModel.NEW_CUSTOM.equals(was) ? null : was);
                        } finally {
                            asking = false;
                        }
                    });
                }
            });
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Target target) {
                    return names.name(target);
                }

                @Override
                public Target fromString(String text) {
                    throw new UnsupportedOperationException("targets are picked, not typed");
                }
            });
        }

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.target());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.valueProperty().bindBidirectional(row.target());
            box.setDisable(!row.mappable());
            box.setAccessibleText(messages.get("columns.target.accessible", row.column().label()));
            setGraphic(box);
        }
    }

    /** The suggestion's confidence as a percentage, with its reason on hover. */
    private final class ConfidenceCell extends TableCell<ColumnRow, ColumnRow> {
        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("confidence-high", "confidence-low");
            if (empty || row == null) {
                setText(null);
                LazyTooltip.set(this, null);
                return;
            }
            if (row.confidence() <= 0) {
                setText("\u2014");
            } else {
                setText(messages.get("columns.confidence", row.confidence()));
                getStyleClass().add(row.confidence() >= 0.9 ? "confidence-high" : "confidence-low");
            }
            String reason = EngineMessages.forDesktop(row.reason(), messages.locale());
            LazyTooltip.set(this, reason);
        }
    }
}
