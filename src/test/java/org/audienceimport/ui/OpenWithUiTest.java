package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file handed over by the desktop ("Open with", see WizardMain) opens on step 1 as if the user had chosen it. */
@ExtendWith(ApplicationExtension.class)
class OpenWithUiTest {

    @TempDir Path folder;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("config"), Locale.ENGLISH, messages -> (owner, start) -> Optional.empty());
        MainWindow.show(stage, context);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aFileFromTheDesktopIsReadAndNextIsAvailable(FxRobot robot) throws Exception {
        Path workbook = SampleFiles.workbook(folder);

        Platform.runLater(() -> context.openFile(workbook));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> summary(robot).contains(SampleFiles.CONTACT_ROWS + " rows"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).startsWith("Excel workbook (.xlsx)");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#file-summary").tryQuery().map(node -> ((Labeled) node).getText()).orElse("");
    }
}
