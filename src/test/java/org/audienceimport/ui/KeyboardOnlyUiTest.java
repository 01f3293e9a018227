package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.ui.UiSteps.focused;
import static org.audienceimport.ui.UiSteps.next;
import static org.audienceimport.ui.UiSteps.text;
import static org.audienceimport.ui.UiSteps.waitUntil;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.common.UploadState;
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
 * Steps 1 to 7 and back again with the keyboard alone (Tab, arrows, Space, Enter, F2 and the Alt mnemonics; the
 * mouse is never used), checking on each step where the focus lands and, on the way back, that nothing was lost.
 * Only the Open dialog is answered by the test, as the system's dialog would be from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyUiTest {

    private static final String SHOP_ID = "shop-4127";
    private static final String SHOP_SECRET = "keyboard-secret";

    @TempDir Path folder;
    private Stage stage;
    private AppContext context;
    private SandboxServer sandbox;
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = SandboxServer.start(SandboxSettings.defaults().withBindAddress(InetAddress.getLoopbackAddress()).withPort(0)
                .withShopId(SHOP_ID).withShopSecret(SHOP_SECRET));
        UploadEnvironment environment = UiSteps.uploadsIn(folder);
        context = new AppContext(folder.resolve("config"), Locale.of("en", "RU"),
                UiSteps.picking(() -> fileToPick), environment);
        MainWindow.show(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
        sandbox.close();
    }

    @Test
    void everyStepIsDoneWithTheKeyboardAloneAndGoingBackLosesNothing(FxRobot robot) throws Exception {
        fileToPick = Files.copy(SampleWorkbook.CHECKED_IN, folder.resolve("contacts-sample.xlsx"));

        // 1 · File: "Choose a file…" has the focus; once the file is read, Next has it
        waitForFocus(robot, "#browseButton");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !next(robot).isDisabled());
        waitForFocus(robot, "#nextButton");
        robot.type(KeyCode.ENTER);

        // 2 · Sheet: one sheet, so the header row is the first thing to set
        onStep(StepKind.SHEET);
        Spinner<?> header = robot.lookup("#header-spinner").queryAs(Spinner.class);
        // The scene's focus owner: isFocused() is also false whenever the window itself does not have the focus.
        waitUntil(() -> focused(robot, stage) == header.getEditor() || focused(robot, stage) == header);
        altAnd(robot, KeyCode.N);

        // 3 · Columns: the table first; Tab goes through each column's field box, then the options
        onStep(StepKind.COLUMNS);
        waitForFocus(robot, "#columns-table");
        TableView<?> columns = robot.lookup("#columns-table").queryTableView();
        waitUntil(() -> columns.getItems().size() == SampleWorkbook.HEADER.size());
        robot.type(KeyCode.TAB, 5);
        ComboBox<?> city = (ComboBox<?>) focused(robot, stage);
        assertThat(city.getAccessibleText()).isEqualTo("Contact field for the column City");
        robot.type(KeyCode.UP, city.getItems().indexOf(city.getValue()));
        waitUntil(() -> city.getValue() == null);
        robot.type(KeyCode.TAB, 2);
        assertThat(focused(robot, stage)).isSameAs(robot.lookup("#columns-email-transactional").query());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !robot.lookup("#columns-email-transactional").queryAs(CheckBox.class).isSelected());
        assertThat(context.session().mappingProperty().get().columns()).doesNotContainKey("City").hasSize(4);
        assertThat(context.session().mappingProperty().get().constants()).doesNotContainKey("email_transactional");
        altAnd(robot, KeyCode.N);

        // 4 · Segment: the destination first; an arrow picks the static segment, Tab goes to its ID
        onStep(StepKind.SEGMENT);
        waitForFocus(robot, "#segment-general");
        robot.type(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#segment-static").queryAs(RadioButton.class).isSelected());
        if (!(focused(robot, stage) instanceof RadioButton)) {
            throw new AssertionError("the focus left the choice: " + focused(robot, stage));
        }
        robot.type(KeyCode.TAB);
        waitForFocus(robot, "#segment-id");
        robot.write("146");
        waitUntil(() -> !next(robot).isDisabled());
        altAnd(robot, KeyCode.N);

        // 5 · Check: the problems table first; F2 corrects the selected value in place
        onStep(StepKind.CHECK);
        waitUntil(() -> !next(robot).isDisabled() && text(robot, "#card-warnings").equals("2"));
        waitForFocus(robot, "#check-issues");
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.F2);
        waitUntil(() -> focused(robot, stage) instanceof TextField field && SampleWorkbook.BAD_EMAIL.equals(field.getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("olga.smirnova@gmail.com").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#card-warnings").equals("1"));
        altAnd(robot, KeyCode.N);

        // 6 · Upload: the shop ID first, the secret next, the endpoint under "Advanced", then Alt+S starts
        onStep(StepKind.UPLOAD);
        waitForFocus(robot, "#shop-id");
        robot.write(SHOP_ID).type(KeyCode.TAB).write(SHOP_SECRET).type(KeyCode.TAB);
        waitForFocus(robot, "#upload-advanced");
        robot.type(KeyCode.SPACE).type(KeyCode.TAB);
        ComboBox<?> endpoint = robot.lookup("#endpoint").queryComboBox();
        waitUntil(() -> focused(robot, stage) == endpoint.getEditor() || focused(robot, stage) == endpoint);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(sandbox.uri().toString()).type(KeyCode.TAB);
        waitUntil(() -> sandbox.uri().toString().equals(context.uploadStep().endpointProperty().get()));
        altAnd(robot, KeyCode.S);
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FINISHED);
        waitForFocus(robot, "#nextButton");
        robot.type(KeyCode.ENTER);

        // 7 · Done: "Start another import" has the focus
        onStep(StepKind.DONE);
        waitForFocus(robot, "#start-another");
        assertThat(text(robot, "#done-sent")).isEqualTo("6 contacts sent in 1 request");
        assertThat(sandbox.profiles()).hasSize(6).allSatisfy(profile -> {
            assertThat(profile.segments()).containsExactly(146L);
            assertThat(profile.text("location")).isEmpty();
            assertThat(profile.text("email_transactional")).isEmpty();
        });
        assertThat(sandbox.profileWithEmail("olga.smirnova@gmail.com")).isPresent();

        // ... and back to the first step with Alt+B, every step as it was left
        altAnd(robot, KeyCode.B);
        onStep(StepKind.UPLOAD);
        waitForFocus(robot, "#shop-id");
        assertThat(robot.lookup("#shop-id").queryAs(TextInputControl.class).getText()).isEqualTo(SHOP_ID);
        assertThat(context.uploadStep().stateProperty().get()).isEqualTo(UploadState.FINISHED);
        altAnd(robot, KeyCode.B);
        onStep(StepKind.CHECK);
        waitForFocus(robot, "#check-issues");
        waitUntil(() -> text(robot, "#card-warnings").equals("1"));
        assertThat(context.session().editsProperty().get().get(SampleWorkbook.BAD_EMAIL_ROW, "Email")).contains("olga.smirnova@gmail.com");
        altAnd(robot, KeyCode.B);
        onStep(StepKind.SEGMENT);
        assertThat(robot.lookup("#segment-static").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#segment-id").queryAs(TextInputControl.class).getText()).isEqualTo("146");
        waitUntil(() -> focused(robot, stage) instanceof RadioButton);
        altAnd(robot, KeyCode.B);
        onStep(StepKind.COLUMNS);
        waitForFocus(robot, "#columns-table");
        assertThat(city.getValue()).isNull();
        assertThat(robot.lookup("#columns-email-transactional").queryAs(CheckBox.class).isSelected()).isFalse();
        altAnd(robot, KeyCode.B);
        onStep(StepKind.SHEET);
        // The scene's focus owner: isFocused() is also false whenever the window itself does not have the focus.
        waitUntil(() -> focused(robot, stage) == header.getEditor() || focused(robot, stage) == header);
        assertThat(header.getValue()).isEqualTo(1);
        altAnd(robot, KeyCode.B);
        onStep(StepKind.FILE);
        waitForFocus(robot, "#browseButton");
        assertThat(text(robot, "#file-summary")).contains("7 rows");
    }

    private void onStep(StepKind kind) throws TimeoutException {
        waitUntil(() -> context.navigation().current().kind() == kind);
    }

    private void waitForFocus(FxRobot robot, String query) throws TimeoutException {
        Node node = robot.lookup(query).query();
        try {
            waitUntil(() -> focused(robot, stage) == node);
        } catch (TimeoutException e) {
            throw new AssertionError("the focus is on " + focused(robot, stage) + ", not on " + query, e);
        }
    }

    private static void altAnd(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }
}
