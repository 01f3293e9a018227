package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.ui.UiSteps.next;
import static org.audienceimport.ui.UiSteps.text;
import static org.audienceimport.ui.UiSteps.waitUntil;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.audienceimport.ui.AppContext;
import org.audienceimport.ui.MainWindow;
import org.audienceimport.ui.UiSteps;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.ui.wizard.StepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closing the window in the middle of an upload asks first: "Keep uploading" keeps both the window and the upload;
 * "Stop and close" stops it cleanly, and starting again sends only the rest.
 */
@ExtendWith(ApplicationExtension.class)
class CloseGuardUiTest {

    private static final int ROWS = 300;

    @TempDir Path folder;
    private Stage stage;
    private AppContext context;
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UploadEnvironment environment = UiSteps.smallSlowUploadsIn(folder);
        context = new AppContext(folder.resolve("config"), Locale.ENGLISH,
                UiSteps.picking(() -> fileToPick), environment);
        MainWindow.show(stage, context);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void closingMidUploadAsksKeepingGoesOnAndStoppingClosesSoThatALaterStartSendsTheRest(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder, ROWS);
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        robot.interact(() -> context.session().practiceProperty().set(true));
        while (context.navigation().current().kind() != StepKind.UPLOAD) {
            waitUntil(() -> !next(robot).isDisabled());
            robot.clickOn("#nextButton");
        }
        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().isRunning());

        askToClose();
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("An upload is still running");
        robot.clickOn(button(question, "Keep uploading"));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(context.uploadStep().isRunning()).isTrue();

        waitUntil(() -> context.uploadStep().progressProperty().get() != null
                && context.uploadStep().progressProperty().get().batchesDone() >= 1);
        askToClose();
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot.lookup(".dialog-pane").queryAs(DialogPane.class), "Stop and close"));
        waitUntil(() -> !stage.isShowing() && !context.uploadStep().isRunning());
        assertThat(context.uploadStep().stateProperty().get()).isEqualTo(UploadState.FAILED);
        int stored = context.practiceSandbox().server().orElseThrow().profiles().size();
        assertThat(stored).isBetween(1, ROWS - 1);

        // The app opened again on the same session: step 6 offers to start again and sends only the rest.
        robot.interact(() -> MainWindow.show(stage, context));
        waitUntil(() -> robot.lookup("#start-upload").tryQuery().isPresent());
        assertThat(robot.lookup("#start-upload").queryAs(Button.class).getText()).startsWith("_Start again");
        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FINISHED);
        assertThat(text(robot, "#upload-resumed")).startsWith("An earlier upload of this file was interrupted; ");
        assertThat(context.practiceSandbox().server().orElseThrow().profiles()).hasSize(ROWS);
        // Sending everything again would make it stored + ROWS; at most a request in flight at the stop is sent twice.
        assertThat(context.practiceSandbox().server().orElseThrow().stats().objectsReceived()).isLessThan(stored + ROWS);
    }

    /** What the window's close button does; later, because the question waits for an answer. */
    private void askToClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
