package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.audienceimport.sandbox.SandboxServer;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps 6 and 7 through the real window on the headless platform, sending to the built-in sandbox. Requests
 * are kept small and the sandbox a little slow, so an upload has several requests and can be caught midway.
 */
@ExtendWith(ApplicationExtension.class)
class UploadUiTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir Path folder;
    private AppContext context;
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) {
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
    void theSampleDataIsSentToTheSandboxAndTheLastStepSaysWhatWentThenStartsOver(FxRobot robot) throws Exception {
        goToUploadWithTheSample(robot);
        assertThat(robot.lookup("#practice-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(text(robot, "#practice-banner")).startsWith("Practice mode: nothing leaves this computer");
        assertThat(robot.lookup("#remember-secret").queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(text(robot, "#no-secret-store")).isEqualTo("No secure store on this computer: the secret is not saved");

        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FINISHED);

        SandboxServer sandbox = context.practiceSandbox().server().orElseThrow();
        long sent = context.session().reportProperty().get().objectsSent();
        assertThat(sent).isPositive();
        assertThat(sandbox.profiles()).hasSize((int) sent);
        assertThat(text(robot, "#upload-contacts")).isEqualTo(sent + " of " + sent + " contacts sent");
        assertThat(next(robot).isDisabled()).isFalse();

        robot.clickOn("#nextButton");
        waitUntil(() -> context.navigation().current().kind() == StepKind.DONE);
        assertThat(text(robot, "#done-sent")).startsWith(sent + " contacts sent in ");
        assertThat(text(robot, "#done-reminder")).contains("system log");

        robot.clickOn("#start-another");
        waitUntil(() -> context.navigation().current().kind() == StepKind.FILE);
        assertThat(context.session().table()).isNull();
        assertThat(context.session().practiceProperty().get()).isFalse();
        assertThat(context.uploadStep().shopIdProperty().get()).isEmpty();
        assertThat(next(robot).isDisabled()).isTrue();
    }

    @Test
    void aWrongSecretShowsTheServersRefusalInPlainWords(FxRobot robot) throws Exception {
        goToUploadWithTheSample(robot);
        robot.doubleClickOn("#shop-secret").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).write("wrong-secret");

        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FAILED);

        assertThat(text(robot, "#upload-problem")).startsWith("The shop ID or secret was not accepted");
        assertThat(context.practiceSandbox().server().orElseThrow().profiles()).isEmpty();
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#acknowledge").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void aCancelledUploadStartedAgainSendsOnlyTheRest(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder, 300);
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        robot.interact(() -> context.session().practiceProperty().set(true));
        walkToUpload(robot);

        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().progressProperty().get() != null
                && context.uploadStep().progressProperty().get().batchesDone() >= 1);
        robot.clickOn("#cancel-upload");
        waitUntil(() -> !context.uploadStep().isRunning());
        assertThat(context.uploadStep().stateProperty().get()).isEqualTo(UploadState.FAILED);
        int stored = context.practiceSandbox().server().orElseThrow().profiles().size();
        assertThat(stored).isBetween(1, 299);
        assertThat(robot.lookup("#start-upload").queryAs(Button.class).getText()).startsWith("_Start again");

        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FINISHED);
        assertThat(text(robot, "#upload-resumed")).startsWith("An earlier upload of this file was interrupted; ")
                .contains(" of 300 contacts were already sent");
        assertThat(context.practiceSandbox().server().orElseThrow().profiles()).hasSize(300);
    }

    @Test
    void theSampleComesAsAnExcelWorkbookAtAClickAndAsACsvFileFromTheMenu(FxRobot robot) throws Exception {
        robot.clickOn("#try-sample");
        waitUntil(() -> context.session().table() != null && !next(robot).isDisabled());
        assertThat(context.session().table().file().name()).isEqualTo("contacts-sample.xlsx");

        robot.clickOn("#try-sample .arrow-button").clickOn("Sample text file (.csv)");
        waitUntil(() -> context.session().table() != null && context.session().table().file().name().equals("contacts-sample.csv")
                && !next(robot).isDisabled());
        assertThat(context.session().practiceProperty().get()).isTrue();
    }

    private void goToUploadWithTheSample(FxRobot robot) throws TimeoutException {
        robot.clickOn("#try-sample");
        waitUntil(() -> context.session().table() != null && !next(robot).isDisabled());
        assertThat(context.session().practiceProperty().get()).isTrue();
        walkToUpload(robot);
        assertThat(robot.lookup("#shop-id").queryTextInputControl().getText()).isEqualTo("demo-shop");
    }

    private void walkToUpload(FxRobot robot) throws TimeoutException {
        while (context.navigation().current().kind() != StepKind.UPLOAD) {
            waitUntil(() -> !next(robot).isDisabled());
            robot.clickOn("#nextButton");
        }
        waitUntil(() -> robot.lookup("#start-upload").tryQuery().isPresent());
    }

    private static Button next(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
