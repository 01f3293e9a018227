package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app starts on JavaFX's own headless platform and shows its window. */
@ExtendWith(ApplicationExtension.class)
class AudienceImportAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AudienceImportApp().start(stage);
    }

    @Test
    void theMainWindowIsTitledAudienceImport(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Audience Import");
        assertThat(stage.isShowing()).isTrue();
        Label title = robot.lookup(".title-1").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Audience Import");
    }
}
