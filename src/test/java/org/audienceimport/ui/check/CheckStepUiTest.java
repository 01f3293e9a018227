package org.audienceimport.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.audienceimport.ui.AppContext;
import org.audienceimport.ui.MainWindow;
import org.audienceimport.ui.UiSteps;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.wizard.StepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real wizard walked from a small workbook to the check, on JavaFX's headless platform. */
@ExtendWith(ApplicationExtension.class)
class CheckStepUiTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir Path folder;
    private AppContext context;
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("config"), Locale.ENGLISH,
                UiSteps.picking(() -> fileToPick));
        MainWindow.show(stage, context);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Five contacts: one without a usable email or phone, one with a bad email but a phone. */
    static Path workbook(Path folder) throws Exception {
        Path file = folder.resolve("check.xlsx");
        String[][] rows = {
                {"Email", "Phone", "City"},
                {"anna@example.com", "+79120000001", "Kazan"},
                {"not-an-email", "", "Kazan"},
                {"boris@example.com", "+79120000002", "Moscow"},
                {"gleb@example.com", "+79120000004", "Moscow"},
                {"vera@example", "+79120000003", "Omsk"}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Contacts");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void aWorkbookIsCheckedInStepFiveAndAValueCanBeCorrectedInPlace(FxRobot robot) throws Exception {
        fileToPick = workbook(folder);
        robot.clickOn("#browseButton");
        for (StepKind step : new StepKind[] {StepKind.SHEET, StepKind.COLUMNS, StepKind.SEGMENT, StepKind.CHECK}) {
            waitUntil(() -> !robot.lookup("#nextButton").queryButton().isDisabled());
            robot.clickOn("#nextButton");
            waitUntil(() -> context.navigation().current().kind() == step);
        }
        waitUntil(() -> robot.lookup("#card-rows").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#nextButton").queryButton().isDisabled());

        assertThat(text(robot, "#card-rows")).isEqualTo("5");
        assertThat(text(robot, "#card-to-send")).isEqualTo("4");
        assertThat(text(robot, "#card-excluded")).isEqualTo("1");
        assertThat(text(robot, "#card-warnings")).isEqualTo("2");
        TableView<?> issues = robot.lookup("#check-issues").queryTableView();
        assertThat(robot.lookup("#check-issues .table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("not-an-email", "vera@example");

        Node bad = robot.lookup("#check-issues .table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> "not-an-email".equals(cell.getText())).findFirst().orElseThrow();
        robot.doubleClickOn(bad);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("nina@example.com").type(KeyCode.ENTER);

        waitUntil(() -> text(robot, "#card-to-send").equals("5"));
        assertThat(text(robot, "#card-excluded")).isEqualTo("0");
        assertThat(issues.getItems()).hasSize(1);
        assertThat(context.session().editsProperty().get().get(3, "Email")).contains("nina@example.com");
    }

    @Test
    void theIssueTableSpeaksTheUiLanguageAndSwitchesWithIt(FxRobot robot) throws Exception {
        fileToPick = workbook(folder);
        robot.clickOn("#browseButton");
        for (StepKind step : new StepKind[] {StepKind.SHEET, StepKind.COLUMNS, StepKind.SEGMENT, StepKind.CHECK}) {
            waitUntil(() -> !robot.lookup("#nextButton").queryButton().isDisabled());
            robot.clickOn("#nextButton");
            waitUntil(() -> context.navigation().current().kind() == step);
        }
        waitUntil(() -> robot.lookup("#card-rows").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#nextButton").queryButton().isDisabled());
        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("\u201Cnot-an-email\u201D is not a valid email address"));
        assertThat(detail(robot)).startsWith("Double-click an underlined value");
        robot.interact(() -> select(robot, "not-an-email"));
        assertThat(detail(robot)).startsWith("Row 3 \u00B7 A \u00B7 Email: \u201Cnot-an-email\u201D is not a valid email address")
                .contains("the rest of the row is still imported").endsWith("Double-click the value or press F2 to correct it.");

        robot.interact(() -> context.messages().setLocale(Messages.RUSSIAN));
        waitUntil(() -> cellTexts(robot).stream().anyMatch(t -> t.startsWith("«not-an-email» — неправильный адрес email")));
        robot.interact(() -> select(robot, "not-an-email"));
        assertThat(detail(robot)).startsWith("Строка 3 \u00B7 A \u00B7 Email: «not-an-email» — неправильный адрес email")
                .contains("остальная строка всё равно импортируется").endsWith("нажмите F2, чтобы исправить его.");

        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("В строке 3 нет правильного email или телефона"))
                .anyMatch(t -> t.startsWith("«vera@example» — неправильный адрес email"))
                .noneMatch(t -> t.contains("is not a valid") || t.contains("has no valid"));
    }

    /** The selected problem in full, as the line under the table shows it. */
    private static String detail(FxRobot robot) {
        return robot.lookup("#check-issue-detail").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .map(node -> ((javafx.scene.text.Text) node).getText()).collect(java.util.stream.Collectors.joining());
    }

    private static void select(FxRobot robot, String value) {
        TableView<IssueRow> issues = robot.lookup("#check-issues").queryTableView();
        issues.getSelectionModel().select(issues.getItems().stream()
                .filter(row -> value.equals(row.issue().value())).findFirst().orElseThrow());
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#check-issues .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
