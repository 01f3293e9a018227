package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.ThemeChoice;
import org.audienceimport.ui.upload.UploadEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the composition root does away from the JavaFX thread: the practice sandbox's start, the settings' writes. */
@ExtendWith(ApplicationExtension.class)
class AppContextTest {

    @TempDir Path folder;
    private AppContext context;

    @Start
    void start(Stage stage) {
        UploadEnvironment environment = UiSteps.uploadsIn(folder);
        context = new AppContext(folder.resolve("config"), Locale.ENGLISH, messages -> (owner, start) -> Optional.empty(),
                environment);
        MainWindow.show(stage, context);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void choosingPracticeStartsTheSandboxInTheBackgroundBeforeAnyUpload(FxRobot robot) throws Exception {
        assertThat(context.practiceSandbox().server()).isEmpty();

        robot.interact(() -> context.session().practiceProperty().set(true));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.practiceSandbox().server().isPresent());
        assertThat(context.uploadStep().isRunning()).isFalse();
    }

    @Test
    void aThemeChosenJustBeforeClosingIsOnDiskAfterTheClose(FxRobot robot) {
        robot.clickOn("#themeMenu").clickOn("Dark");
        robot.interact(context::close);

        assertThat(new Settings(folder.resolve("config")).theme()).contains(ThemeChoice.DARK);
    }
}
