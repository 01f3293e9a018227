package org.audienceimport.ui.done;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The view of step 7. */
public final class DoneStepController {

    private final DoneStepViewModel model;

    @FXML private Label sent;
    @FXML private FontIcon sentIcon;
    @FXML private Label stopReason;
    @FXML private VBox excludedBox;
    @FXML private VBox excludedList;
    @FXML private VBox rejectedBox;
    @FXML private VBox rejectedList;
    @FXML private Hyperlink reportLink;
    @FXML private Label reportProblem;

    public DoneStepController(DoneStepViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        sent.textProperty().bind(model.sentLine());
        sentIcon.iconCodeProperty().bind(model.complete().map(ok -> ok ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
        stopReason.textProperty().bind(model.stopReason());
        showWhen(stopReason, model.stopReason().isNotEmpty());
        reportLink.textProperty().bind(model.errorReportLink());
        showWhen(reportLink, model.errorReportLink().isNotEmpty());
        reportProblem.textProperty().bind(model.openProblemProperty());
        showWhen(reportProblem, model.openProblemProperty().isNotEmpty());
        fill(excludedBox, excludedList, model.excluded());
        fill(rejectedBox, rejectedList, model.rejected());
    }

    private static void fill(VBox box, VBox list, ObservableValue<List<String>> lines) {
        showWhen(box, lines.map(l -> !l.isEmpty()));
        lines.subscribe(now -> list.getChildren().setAll(now.stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            return (Node) label;
        }).toList()));
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void openErrorReport() {
        model.openErrorReport();
    }

    @FXML
    private void startAnother() {
        model.startAnother();
    }
}
