package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.audienceimport.ui.common.Settings;
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
 * The real wizard on JavaFX's headless platform, driven with mouse and keyboard. Only the Open dialog is
 * replaced: it answers with the file the test prepared.
 */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir Path folder;
    private Stage stage;
    private AppContext context;
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(folder.resolve("config"), Locale.ENGLISH,
                UiSteps.picking(() -> fileToPick));
        MainWindow.show(stage, context);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void theWindowIsTitledAudienceImportAndStartsOnStepOneWithNextOff(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Audience Import");
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#step-file").queryAs(Node.class).getStyleClass()).contains("current");
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(text(robot, "#reason")).isEqualTo("Choose a file to continue.");
    }

    @Test
    void aWorkbookIsSummarisedThenItsHeaderRowCanBeMovedInStepTwo(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-summary").contains(SampleFiles.CONTACT_ROWS + " rows"));
        assertThat(text(robot, "#file-summary")).startsWith("Excel workbook (.xlsx)").contains("3 sheets (1 hidden)");
        assertThat(text(robot, "#file-sheet-line")).startsWith("Sheet \u201CContacts\u201D, header in row 3");
        assertThat(next(robot).isDisabled()).isFalse();

        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        // The columns come a few per pulse.
        waitUntil(() -> preview.getColumns().size() == 5);
        assertThat(columnTitles(preview)).containsExactly("#", "A \u00B7 Email", "B \u00B7 Phone", "C \u00B7 First name", "D \u00B7 City");
        assertThat(rowMarkedAsHeader(robot)).isEqualTo(3);
        Spinner<?> header = robot.lookup("#header-spinner").queryAs(Spinner.class);
        assertThat(header.getValue()).isEqualTo(3);
        Set<Node> cellsBefore = previewCells(robot);
        List<?> columnsBefore = List.copyOf(preview.getColumns());

        robot.clickOn(header.getEditor()).type(KeyCode.UP);
        waitUntil(() -> columnTitles(preview).contains("A \u00B7 person1@example.com"));
        assertThat(header.getValue()).isEqualTo(4);
        assertThat(context.session().table().headerRow()).isEqualTo(4);
        assertThat(rowMarkedAsHeader(robot)).isEqualTo(4);
        // Another header row is the same columns retitled: their cells are kept, not made and styled again.
        assertThat(List.copyOf(preview.getColumns())).isEqualTo(columnsBefore);
        assertThat(previewCells(robot)).containsAll(cellsBefore);
    }

    @Test
    void aCsvFileOffersEncodingAndDelimiterAndIsReadAgainWithThem(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.csv(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-summary").contains("3 rows"));
        assertThat(text(robot, "#file-summary")).startsWith("Text file (CSV)").contains("separated by comma");

        robot.clickOn("#nextButton");
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        waitUntil(() -> preview.getColumns().size() == 4);
        assertThat(robot.lookup("#delimiter-choice").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#delimiter-choice").clickOn("semicolon");
        waitUntil(() -> preview.getColumns().size() == 2);
        assertThat(columnTitles(preview)).containsExactly("#", "A \u00B7 email,phone,name");
    }

    @Test
    void anEmptyFileKeepsNextOffAndSaysWhatIsWrong(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.empty(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-problem").contains("is empty"));

        assertThat(robot.lookup("#problemBox").queryAs(Node.class).isVisible()).isTrue();
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(text(robot, "#reason")).isEqualTo("Choose a file that can be read to continue.");
    }

    @Test
    void aProtectedWorkbookAsksForItsPasswordAndEnterOpensItWithoutLeavingTheStep(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.protectedWorkbook(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> robot.lookup("#password-field").queryAs(Node.class).isVisible());
        assertThat(text(robot, "#password-text")).contains("protected by a password");
        assertThat(text(robot, "#reason")).isEqualTo("Enter the password of the workbook to continue.");

        robot.clickOn("#password-field").write("wrong").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#password-text").contains("is not right"));

        robot.clickOn("#password-field").write(SampleFiles.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#file-summary").contains(SampleFiles.CONTACT_ROWS + " rows"));
        assertThat(context.navigation().current().kind()).isEqualTo(StepKind.FILE);
        assertThat(next(robot).isDisabled()).isFalse();
    }

    @Test
    void theKeyboardAloneGoesFromStepOneToStepTwoAndBackWithoutLosingTheFile(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder);
        waitUntil(() -> robot.lookup("#browseButton").queryAs(Node.class).isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !next(robot).isDisabled());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> context.navigation().current().kind() == StepKind.SHEET);
        waitUntil(() -> robot.lookup("#sheet-choice").queryAs(Node.class).isFocused());
        robot.type(KeyCode.TAB);
        Spinner<?> header = robot.lookup("#header-spinner").queryAs(Spinner.class);
        waitUntil(() -> header.getEditor().isFocused());

        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        waitUntil(() -> context.navigation().current().kind() == StepKind.FILE);
        assertThat(text(robot, "#file-summary")).startsWith("Excel workbook (.xlsx)");
        // The row count stands aside while steps are shown, so it may still be running.
        waitUntil(() -> text(robot, "#file-summary").contains(SampleFiles.CONTACT_ROWS + " rows"));
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> context.navigation().current().kind() == StepKind.SHEET);
    }

    @Test
    void switchingToRussianChangesEveryTextAndKeepsTheWork(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-summary").contains(SampleFiles.CONTACT_ROWS + " rows"));

        robot.clickOn("#languageMenu").clickOn("Русский");
        waitUntil(() -> next(robot).getText().equals("_Далее"));
        assertThat(robot.lookup(".step-title").queryLabeled().getText()).isEqualTo("Выберите файл с контактами");
        assertThat(text(robot, "#step-sheet")).isEqualTo("Лист");
        assertThat(text(robot, "#file-summary")).startsWith("Книга Excel (.xlsx)").contains("25 строк");
        // Settings are written in the background.
        waitUntil(() -> new Settings(folder.resolve("config")).language().equals(Optional.of("ru")));

        robot.clickOn("#languageMenu").clickOn("English");
        waitUntil(() -> next(robot).getText().equals("_Next"));
    }

    @Test
    void aProblemShownBeforeSwitchingLanguageIsShownInTheNewOne(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.empty(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-problem").contains("\u201Cempty.csv\u201D is empty"));

        robot.clickOn("#languageMenu").clickOn("Русский");
        waitUntil(() -> next(robot).getText().equals("_Далее"));

        assertThat(text(robot, "#file-problem")).startsWith("Файл «empty.csv» пустой (0 байт).");
        assertThat(text(robot, "#reason")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void choosingAnotherFileAfterGoingBackShowsItsSheetsInStepTwo(FxRobot robot) throws Exception {
        Path workbook = SampleFiles.workbook(folder);
        fileToPick = workbook;
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton").clickOn("#backButton");

        fileToPick = SampleFiles.protectedWorkbook(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> robot.lookup("#password-field").queryAs(Node.class).isVisible());
        fileToPick = workbook;
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton");

        assertThat(shownSheet(robot)).isEqualTo("Contacts");
        assertThat(robot.lookup("#sheet-choice").queryComboBox().getItems()).hasSize(3);

        robot.clickOn("#backButton");
        fileToPick = SampleFiles.csv(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-summary").contains("CSV"));
        robot.clickOn("#nextButton");
        assertThat(shownSheet(robot)).isEqualTo("contacts");
    }

    /** The text the closed sheet combo box shows (its button cell, the one cell with text while it is closed). */
    private static String shownSheet(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#sheet-choice .list-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    @Test
    void stepThreeSuggestsFieldsAndNextWaitsForAnEmailOrPhone(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.workbook(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("#columns-table").queryTableView().getItems().size() == 4);
        waitUntil(() -> !next(robot).isDisabled());
        java.util.List<Node> boxes = robot.lookup("#columns-table .combo-box").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).toList();
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.valueOf(((javafx.scene.control.ComboBox<?>) boxes.get(0)).getValue())).contains("email");
        // The columns share the table's whole width between them: no empty strip on the right.
        TableView<?> table = robot.lookup("#columns-table").queryTableView();
        waitUntil(() -> table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum() > table.getWidth() - 30);

        // By keyboard: "Don’t import" heads the list, Email and Phone follow it. (Opening the list with the
        // mouse works too, but the headless platform cannot draw a popup that runs off its screen.)
        robot.interact(boxes.get(0)::requestFocus);
        robot.type(KeyCode.UP);
        robot.interact(boxes.get(1)::requestFocus);
        robot.type(KeyCode.UP, 2);
        waitUntil(() -> next(robot).isDisabled());
        assertThat(text(robot, "#reason")).isEqualTo("Match a column to Email or Phone: every contact needs one of them.");
        assertThat(context.session().mappingProperty().get().columns()).doesNotContainKeys("Email", "Phone");
    }

    @Test
    void theThemeCanBeMadeDark(FxRobot robot) throws Exception {
        robot.clickOn("#themeMenu").clickOn("Dark");
        waitUntil(() -> context.themes().darkProperty().get());
        waitUntil(() -> new Settings(folder.resolve("config")).theme()
                .equals(Optional.of(org.audienceimport.ui.common.ThemeChoice.DARK)));
    }

    @Test
    void stepsStillBeingBuiltCanBeWalkedThroughToTheUploadWhichWaitsForAnUpload(FxRobot robot) throws Exception {
        fileToPick = SampleFiles.csv(folder);
        robot.clickOn("#browseButton");
        waitUntil(() -> !next(robot).isDisabled());
        for (int i = 0; i < 5; i++) {
            waitUntil(() -> !next(robot).isDisabled());
            robot.clickOn("#nextButton");
        }
        waitUntil(() -> context.navigation().current().kind() == StepKind.UPLOAD);
        assertThat(robot.lookup("#start-upload").tryQuery()).isPresent();
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(text(robot, "#reason")).isEqualTo("Start the upload to continue.");
    }

    private static Button next(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static java.util.List<String> columnTitles(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<Node> previewCells(FxRobot robot) {
        Set<Node> cells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        cells.addAll(robot.lookup("#preview .table-cell").queryAll());
        return cells;
    }

    /** The row number in the row the preview marks as the header, or -1. */
    private static int rowMarkedAsHeader(FxRobot robot) {
        return robot.lookup("#preview .header-row").tryQuery()
                .map(row -> ((javafx.scene.control.TableRow<?>) row).getItem())
                .map(item -> ((org.audienceimport.source.Row) item).number()).orElse(-1);
    }
}
