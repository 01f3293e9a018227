package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.ui.UiSteps.next;
import static org.audienceimport.ui.UiSteps.text;
import static org.audienceimport.ui.UiSteps.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.audienceimport.ui.upload.UploadEnvironment;
import org.audienceimport.ui.wizard.StepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wizard's side paths through the real window: an upload saved for later and opened again (straight to
 * step 6), and a column template saved and loaded. The file and folder dialogs answer as the test says.
 */
@ExtendWith(ApplicationExtension.class)
class OtherPathsUiTest {

    @TempDir Path folder;
    private AppContext context;
    private final UiSteps.AnsweringDesktop desktop = new UiSteps.AnsweringDesktop();
    private volatile Path fileToPick;
    private volatile Path preparedToPick;

    @Start
    void start(Stage stage) {
        UploadEnvironment environment = UiSteps.uploadsIn(folder, (owner, title) -> Optional.ofNullable(preparedToPick));
        context = new AppContext(folder.resolve("config"), Locale.of("en", "RU"),
                UiSteps.picking(() -> fileToPick), environment, desktop.services());
        MainWindow.show(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anUploadPreparedForLaterOpensOnStepSixWithStepsTwoToFiveNotNeededAndBackGoesToTheStart(FxRobot robot)
            throws Exception {
        openTheSampleAndGoTo(robot, StepKind.CHECK);
        waitUntil(() -> !next(robot).isDisabled());
        desktop.folder = folder.resolve("for-later");
        robot.clickOn("#check-save");
        waitUntil(() -> text(robot, "#check-notice").startsWith("The upload is prepared in"));
        assertThat(desktop.folder.resolve("manifest.json")).isRegularFile();
        while (context.navigation().current().kind() != StepKind.FILE) {
            robot.clickOn("#backButton");
        }

        preparedToPick = desktop.folder;
        robot.clickOn("#open-prepared");
        waitUntil(() -> context.navigation().current().kind() == StepKind.UPLOAD);
        assertThat(styles(robot, "#step-file")).contains("done");
        for (String step : List.of("#step-sheet", "#step-columns", "#step-segment", "#step-check")) {
            assertThat(styles(robot, step)).contains("skipped").doesNotContain("done");
            assertThat(robot.lookup(step).queryAs(Node.class).getAccessibleText()).endsWith(", not needed for this upload");
        }
        assertThat(text(robot, "#step-sheet")).isEqualTo("Sheet");
        assertThat(robot.lookup("#step-sheet").queryAs(javafx.scene.control.Label.class).getTooltip().getText())
                .isEqualTo("Sheet: not needed");
        assertThat(styles(robot, "#step-upload")).contains("current");

        robot.clickOn("#backButton");
        waitUntil(() -> context.navigation().current().kind() == StepKind.FILE);
        for (String step : List.of("#step-sheet", "#step-columns", "#step-segment", "#step-check", "#step-upload")) {
            assertThat(styles(robot, step)).contains("ahead");
        }
        assertThat(text(robot, "#step-sheet")).isEqualTo("Sheet");
        assertThat(next(robot).isDisabled()).isTrue();
    }

    @Test
    void aColumnTemplateSavedThroughItsDialogIsLoadedBackOverOtherChoices(FxRobot robot) throws Exception {
        openTheSampleAndGoTo(robot, StepKind.COLUMNS);
        ComboBox<?> city = WholeFlowUiTest.targetBoxes(robot).get(4);
        Object location = city.getValue();
        assertThat(location).isNotNull();
        robot.interact(city::requestFocus);
        robot.type(KeyCode.UP, city.getItems().indexOf(location));
        waitUntil(() -> city.getValue() == null);

        desktop.toSave = folder.resolve("no-city.json");
        robot.clickOn("#columns-save-template");
        waitUntil(() -> text(robot, "#columns-notice").equals("Saved the columns to \u201Cno-city.json\u201D."));
        assertThat(Files.readString(desktop.toSave)).contains("\"Email\"").doesNotContain("\"City\"");

        robot.interact(() -> city.getSelectionModel().select(city.getItems().indexOf(location)));
        assertThat(context.session().mappingProperty().get().columns()).containsKey("City");
        desktop.toOpen = desktop.toSave;
        robot.clickOn("#columns-load-template");
        waitUntil(() -> text(robot, "#columns-notice").startsWith("Applied the template to "));
        waitUntil(() -> city.getValue() == null);
        assertThat(context.session().mappingProperty().get().columns()).doesNotContainKey("City").containsKey("Email");
        assertThat(desktop.asked()).containsExactly("save: Save the columns as a template (columns.json)",
                "open: Load a template of columns");
    }

    private void openTheSampleAndGoTo(FxRobot robot, StepKind step) throws Exception {
        fileToPick = Files.copy(SampleWorkbook.CHECKED_IN, folder.resolve("contacts-sample.xlsx"));
        robot.clickOn("#browseButton");
        while (context.navigation().current().kind() != step) {
            waitUntil(() -> !next(robot).isDisabled());
            robot.clickOn("#nextButton");
        }
        if (step == StepKind.COLUMNS) {
            waitUntil(() -> robot.lookup("#columns-table").queryTableView().getItems().size() == SampleWorkbook.HEADER.size());
        }
    }

    private static List<String> styles(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Node.class).getStyleClass();
    }
}
