package org.audienceimport.ui.file;

import java.nio.file.Path;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.audienceimport.ui.common.Messages;

/** The view of step 1; all it decides is which box is visible. */
public final class FileStepController {

    private final FileStepViewModel model;
    private final FilePicker picker;
    private final Messages messages;
    private final OtherStarts otherStarts;

    @FXML private VBox root;
    @FXML private Button browseButton;
    @FXML private VBox resultBox;
    @FXML private ProgressIndicator readingIndicator;
    @FXML private Label fileName;
    @FXML private Label summary;
    @FXML private Label sheetLine;
    @FXML private ProgressIndicator countingIndicator;
    @FXML private VBox problemBox;
    @FXML private Label problemText;
    @FXML private VBox passwordBox;
    @FXML private Label passwordText;
    @FXML private PasswordField passwordField;
    @FXML private Button passwordButton;
    @FXML private VBox recentBox;
    @FXML private VBox recentList;
    @FXML private Label otherProblem;

    private final ChangeListener<FileStatus> onStatus = (obs, old, now) -> {
        if (now == FileStatus.NEEDS_PASSWORD) {
            passwordField.clear();
            passwordField.requestFocus();
        }
    };
    private final ListChangeListener<Path> onRecentFiles = change -> fillRecent();

    public FileStepController(FileStepViewModel model, FilePicker picker, Messages messages, OtherStarts otherStarts) {
        this.model = model;
        this.picker = picker;
        this.messages = messages;
        this.otherStarts = otherStarts;
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(model.fileProperty().map(p -> String.valueOf(p.getFileName())).orElse(""));
        summary.textProperty().bind(model.summary());
        sheetLine.textProperty().bind(model.sheetLine());
        problemText.textProperty().bind(model.problemProperty());
        passwordText.textProperty().bind(model.problemProperty());
        showWhen(resultBox, model.statusProperty().map(s -> s != FileStatus.NO_FILE));
        showWhen(readingIndicator, model.statusProperty().map(s -> s == FileStatus.READING));
        showWhen(summary, model.statusProperty().map(s -> s == FileStatus.READY));
        showWhen(sheetLine, model.statusProperty().map(s -> s == FileStatus.READY));
        showWhen(countingIndicator, model.countingRowsProperty().map(c -> c));
        showWhen(problemBox, model.statusProperty().map(s -> s == FileStatus.FAILED));
        showWhen(passwordBox, model.statusProperty().map(s -> s == FileStatus.NEEDS_PASSWORD));
        // Weak listeners: a view replaced after a language switch must not be kept alive by its ViewModel.
        model.statusProperty().addListener(new WeakChangeListener<>(onStatus));
        passwordButton.disableProperty().bind(passwordField.textProperty().isEmpty());
        model.recentFiles().addListener(new WeakListChangeListener<>(onRecentFiles));
        fillRecent();
        otherProblem.textProperty().bind(otherStarts.problemProperty());
        showWhen(otherProblem, otherStarts.problemProperty().isNotEmpty());
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private void fillRecent() {
        recentList.getChildren().clear();
        for (Path path : model.recentFiles()) {
            Hyperlink link = new Hyperlink(String.valueOf(path.getFileName()));
            link.setTooltip(new Tooltip(path.toString()));
            link.setAccessibleText(messages.get("file.recent.open", path.getFileName()));
            link.setOnAction(e -> model.open(path));
            recentList.getChildren().add(link);
        }
        recentBox.setVisible(!model.recentFiles().isEmpty());
        recentBox.setManaged(recentBox.isVisible());
    }

    @FXML
    private void browse() {
        picker.pick(root.getScene().getWindow(), model.startFolder()).ifPresent(model::open);
    }

    @FXML
    private void trySample() {
        otherStarts.trySample(SampleData.WORKBOOK);
    }

    @FXML
    private void trySampleText() {
        otherStarts.trySample(SampleData.TEXT);
    }

    @FXML
    private void openPrepared() {
        otherStarts.pickPrepared(root.getScene().getWindow());
    }

    @FXML
    private void submitPassword(javafx.event.ActionEvent event) {
        // The typed text is copied once into a char array the session wipes when the file is closed.
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        model.openWithPassword(password);
        // Enter in the password field opens the file; it must not also press Next.
        event.consume();
    }
}
