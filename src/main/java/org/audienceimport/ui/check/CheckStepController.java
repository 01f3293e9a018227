package org.audienceimport.ui.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.ui.common.FileDialogs;
import org.audienceimport.ui.common.GradualRows;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LazyTooltip;
import org.audienceimport.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The view of step 5: progress, the summary cards, and the issues with filters; a value can be corrected in place. */
public final class CheckStepController {

    /**
     * One: the issues' first rows come as the check ends, their cell code run for the first time (classes loaded,
     * code interpreted), and two rows a pulse still made gaps of 104 to 137 ms on a busy two-core machine.
     */
    private static final int ROWS_PER_PULSE = 1;

    private final CheckStepViewModel model;
    private final ImportSession session;
    private final Messages messages;
    private final FileDialogs dialogs;
    // Fields, so the weak listeners live as long as this view and no longer.
    private final ChangeListener<CheckTotals> onTotals = (obs, old, now) -> showTotals();
    private final ListChangeListener<String> onColumns = change -> showColumns();

    @FXML private Label problem;
    @FXML private HBox progressLine;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private HBox cards;
    @FXML private Label rowsNumber;
    @FXML private Label toSendNumber;
    @FXML private Label excludedNumber;
    @FXML private Label warningsNumber;
    @FXML private Label duplicatesNumber;
    @FXML private ComboBox<SeverityFilter> severityBox;
    @FXML private ComboBox<String> columnBox;
    @FXML private Button againButton;
    @FXML private Button exportButton;
    @FXML private Button saveButton;
    @FXML private Label leftOut;
    @FXML private TableView<IssueRow> issues;
    @FXML private TableColumn<IssueRow, Severity> severityColumn;
    @FXML private TableColumn<IssueRow, Integer> rowColumn;
    @FXML private TableColumn<IssueRow, String> columnColumn;
    @FXML private TableColumn<IssueRow, String> valueColumn;
    @FXML private TableColumn<IssueRow, String> messageColumn;
    @FXML private Label notice;
    @FXML private TextFlow detail;

    public CheckStepController(CheckStepViewModel model, ImportSession session, Messages messages, FileDialogs dialogs) {
        this.dialogs = dialogs;
        this.model = model;
        this.session = session;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        progressLine.visibleProperty().bind(model.runningProperty());
        progressLine.managedProperty().bind(progressLine.visibleProperty());
        progressBar.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            long total = session.rowCountProperty().get();
            return total > 0 ? Math.min(1.0, model.rowsCheckedProperty().get() / (double) total) : -1.0;
        }, session.rowCountProperty(), model.rowsCheckedProperty()));
        progressText.textProperty().bind(messages.binding(() -> session.rowCountProperty().get() > 0
                        ? messages.get("check.checking.of", model.rowsCheckedProperty().get(), session.rowCountProperty().get())
                        : messages.get("check.checking", model.rowsCheckedProperty().get()),
                model.rowsCheckedProperty(), session.rowCountProperty()));

        model.totalsProperty().addListener(new WeakChangeListener<>(onTotals));
        showTotals();

        severityBox.getItems().setAll(SeverityFilter.values());
        severityBox.setConverter(converter(filter -> messages.get("check.filter." + filter.name().toLowerCase(Locale.ROOT))));
        severityBox.valueProperty().bindBidirectional(model.severityFilterProperty());
        columnBox.setConverter(converter(column -> column == null ? messages.get("check.filter.allColumns")
                : column.isEmpty() ? messages.get("check.filter.wholeRow") : column));
        model.issueColumns().addListener(new WeakListChangeListener<>(onColumns));
        showColumns();
        columnBox.valueProperty().bindBidirectional(model.columnFilterProperty());

        againButton.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        exportButton.disableProperty().bind(model.totalsProperty().isNull().or(model.busyProperty()).or(model.runningProperty()));
        saveButton.disableProperty().bind(exportButton.disableProperty());
        leftOut.textProperty().bind(messages.binding(() -> model.issuesLeftOutProperty().get() > 0
                ? messages.get("check.issues.leftOut", CheckEngine.ISSUES_KEPT, model.issuesLeftOutProperty().get()) : "",
                model.issuesLeftOutProperty()));
        leftOut.visibleProperty().bind(leftOut.textProperty().isNotEmpty());
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        buildTable();
    }

    private void buildTable() {
        issues.setItems(model.shownIssues());
        // The issues come all at once when the check ends: their first rows a few per pulse.
        GradualRows.onFirstItems(issues, ROWS_PER_PULSE);
        issues.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        issues.setPlaceholder(placeholder());
        severityColumn.setCellValueFactory(c -> c.getValue().issueProperty().map(Issue::severity));
        severityColumn.setCellFactory(c -> new SeverityCell());
        rowColumn.setCellValueFactory(c -> c.getValue().issueProperty().map(Issue::row));
        columnColumn.setCellValueFactory(c -> c.getValue().issueProperty().map(this::columnText));
        valueColumn.setCellValueFactory(c -> c.getValue().issueProperty().map(Issue::value));
        valueColumn.setCellFactory(c -> new ValueCell());
        valueColumn.setOnEditCommit(edit -> model.fix(edit.getRowValue(), edit.getNewValue()));
        // From the keyboard: F2 corrects the value of the selected problem, as in a spreadsheet.
        issues.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            int index = issues.getFocusModel().getFocusedIndex();
            if (key.getCode() == KeyCode.F2 && index >= 0 && index < issues.getItems().size()
                    && issues.getItems().get(index).editable() && issues.getEditingCell() == null) {
                issues.getSelectionModel().select(index);
                issues.edit(index, valueColumn);
                key.consume();
            }
        });
        messageColumn.setCellValueFactory(c -> model.message(c.getValue()));
        messageColumn.setCellFactory(c -> new MessageCell());
        buildDetail();
    }

    private String columnText(Issue issue) {
        return issue.column().isEmpty() ? messages.get("check.filter.wholeRow")
                : issue.columnLetter().isEmpty() ? issue.column() : issue.columnLetter() + " \u00B7 " + issue.column();
    }

    /**
     * The selected problem in full under the table, where it can wrap: where it is, what is wrong, and how to
     * correct it; with nothing selected, how values are corrected. Follows a correction and the selection.
     */
    private void buildDetail() {
        ObservableValue<IssueRow> selected = issues.getSelectionModel().selectedItemProperty();
        ObservableValue<Issue> issue = selected.flatMap(IssueRow::issueProperty);
        Text where = text("detail-where", issue.map(i -> messages.get("check.detail.where", String.valueOf(i.row()), columnText(i)) + " ")
                .orElse(""));
        Text message = text("detail-message", selected.flatMap(model::message).orElse(""));
        Text fix = text("detail-muted", selected.map(row -> row.editable() ? " " + messages.get("check.detail.fix") : "")
                .orElse(messages.get("check.edit.hint")));
        detail.getChildren().setAll(where, message, fix);
        detail.accessibleTextProperty().bind(Bindings.concat(where.textProperty(), message.textProperty(), fix.textProperty()));
    }

    private static Text text(String styleClass, ObservableValue<String> content) {
        Text text = new Text();
        text.getStyleClass().add(styleClass);
        text.textProperty().bind(content);
        return text;
    }

    private Label placeholder() {
        Label none = new Label();
        none.textProperty().bind(messages.binding(() -> model.runningProperty().get() || model.totalsProperty().get() == null
                ? "" : messages.get("check.issues.none"), model.runningProperty(), model.totalsProperty()));
        return none;
    }

    private void showTotals() {
        CheckTotals totals = model.totalsProperty().get();
        cards.setVisible(totals != null);
        cards.setManaged(totals != null);
        if (totals != null) {
            number(rowsNumber, totals, CheckTotals::rows);
            number(toSendNumber, totals, CheckTotals::toSend);
            number(excludedNumber, totals, CheckTotals::excluded);
            number(warningsNumber, totals, CheckTotals::warnings);
            number(duplicatesNumber, totals, CheckTotals::duplicates);
        }
    }

    private void number(Label label, CheckTotals totals, ToLongFunction<CheckTotals> value) {
        label.setText(messages.get("check.number", value.applyAsLong(totals)));
    }

    private void showColumns() {
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(model.issueColumns());
        String chosen = model.columnFilterProperty().get();
        columnBox.getItems().setAll(items);
        columnBox.setValue(chosen);
    }

    @FXML
    private void checkAgain() {
        model.checkAgain();
    }

    @FXML
    private void exportReport() {
        String base = session.table() == null ? "contacts" : session.table().file().name().replaceFirst("\\.[^.]*$", "");
        Optional<Path> folder = Optional.ofNullable(session.table()).map(t -> t.file().path().getParent());
        dialogs.save(issues.getScene().getWindow(), messages.get("check.export.title"), folder, base + "-errors.xlsx",
                        List.of(new FileDialogs.FileType(messages.get("check.export.xlsx"), "xlsx"),
                                new FileDialogs.FileType(messages.get("check.export.csv"), "csv")))
                .ifPresent(model::exportReport);
    }

    @FXML
    private void saveForLater() {
        dialogs.folder(issues.getScene().getWindow(), messages.get("check.save.title")).ifPresent(model::saveForLater);
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

    /** An icon for how bad the problem is, named for screen readers and on hover. */
    private final class SeverityCell extends TableCell<IssueRow, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            if (empty || severity == null) {
                setGraphic(null);
                LazyTooltip.set(this, null);
                return;
            }
            boolean error = severity == Severity.ERROR;
            FontIcon icon = new FontIcon(error ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add(error ? "issue-error" : "issue-warning");
            String text = messages.get(error ? "check.severity.error" : "check.severity.warning");
            icon.setAccessibleText(text);
            setGraphic(icon);
            LazyTooltip.set(this, text);
        }
    }

    /** The value, editable in place where it belongs to a column of the file. */
    private final class ValueCell extends TextFieldTableCell<IssueRow, String> {
        ValueCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            IssueRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.editable()) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            IssueRow row = getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove("editable-value");
            if (!empty && row != null && row.editable() && !isEditing()) {
                getStyleClass().add("editable-value");
            }
        }
    }

    /** The message, whole on hover and under the table when selected, since a table cell shows one line. */
    private static final class MessageCell extends TableCell<IssueRow, String> {
        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            setText(empty ? null : message);
            LazyTooltip.set(this, empty ? null : message);
        }
    }
}
