package org.audienceimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.ui.UiSteps.next;
import static org.audienceimport.ui.UiSteps.text;
import static org.audienceimport.ui.UiSteps.waitUntil;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.Target;
import org.audienceimport.sandbox.Profile;
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
 * The whole wizard, end to end, on JavaFX's headless platform: the sample workbook is opened, mapped (one
 * column to a new custom property through its dialog), sent to a static segment, checked and corrected in
 * place, then uploaded over real HTTP to a sandbox on loopback. What the sandbox holds at the end is worked
 * out from the sample's rows ({@link SampleWorkbook}), not from anything the app reports.
 */
@ExtendWith(ApplicationExtension.class)
class WholeFlowUiTest {

    private static final long SEGMENT = 146;
    private static final String FIXED_EMAIL = "olga.smirnova@gmail.com";
    /** Each phone of the sample as the platform wants it (digits with the country code; Russia assumed). */
    private static final Map<String, String> PHONES = Map.of(
            "+7 912 345-67-89", "79123456789",
            "+44 7400 123456", "447400123456",
            "+7 916 555-12-34", "79165551234",
            "8 (912) 345-67-80", "79123456780",
            "+1 202 555 0142", "12025550142",
            "+86 131 2345 6789", "8613123456789");

    @TempDir Path folder;
    private AppContext context;
    private SandboxServer sandbox;
    private final UiSteps.AnsweringDesktop desktop = new UiSteps.AnsweringDesktop();
    private volatile Path fileToPick;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = SandboxServer.start(SandboxSettings.defaults().withBindAddress(InetAddress.getLoopbackAddress()).withPort(0));
        UploadEnvironment environment = UiSteps.uploadsIn(folder);
        // An English-speaking user in Russia: the app is in English, phones without a country are Russian.
        context = new AppContext(folder.resolve("config"), Locale.of("en", "RU"),
                UiSteps.picking(() -> fileToPick), environment, desktop.services());
        MainWindow.show(stage, context);
    }

    @AfterEach
    void close() {
        context.close();
        sandbox.close();
    }

    @Test
    void theSampleWorkbookIsMappedCheckedCorrectedAndUploadedAndTheSandboxHoldsExactlyItsContacts(FxRobot robot)
            throws Exception {
        fileToPick = Files.copy(SampleWorkbook.CHECKED_IN, folder.resolve("contacts-sample.xlsx"));

        // 1 · File
        robot.clickOn("#browseButton");
        waitUntil(() -> text(robot, "#file-summary").contains(SampleWorkbook.ROWS.size() + " rows"));
        assertThat(text(robot, "#file-summary")).startsWith("Excel workbook (.xlsx)");
        robot.clickOn("#nextButton");

        // 2 · Sheet and header: the header is found in row 1 of the one sheet
        waitUntil(() -> context.navigation().current().kind() == StepKind.SHEET);
        assertThat(robot.lookup("#header-spinner").queryAs(Spinner.class).getValue()).isEqualTo(1);
        assertThat(context.session().table().sheet().name()).isEqualTo(SampleWorkbook.SHEET);
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton");

        // 3 · Columns: the five known columns are suggested; "Loyalty tier" becomes a new custom property
        waitUntil(() -> context.navigation().current().kind() == StepKind.COLUMNS);
        TableView<?> columns = robot.lookup("#columns-table").queryTableView();
        waitUntil(() -> columns.getItems().size() == SampleWorkbook.HEADER.size() && !next(robot).isDisabled());
        ComboBox<?> tier = targetBoxes(robot).get(5);
        assertThat(tier.getValue()).isNull();
        robot.interact(tier::requestFocus);
        // The arrow keys go through the fields (passing the ones other columns use) to "Custom property…".
        robot.type(KeyCode.DOWN, tier.getItems().size() - 1);
        waitUntil(() -> robot.lookup("#custom-name").tryQuery()
                .map(name -> name.getScene().getFocusOwner() == name).orElse(false));
        // The dialog's name field has the focus; the click only makes the headless platform send keys to the dialog.
        robot.clickOn("#custom-name").write("loyalty_tier").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#custom-name").tryQuery().isEmpty());
        assertThat(context.session().mappingProperty().get().columns())
                .containsEntry("Loyalty tier", new Target.CustomTarget("loyalty_tier", CustomType.STRING, Optional.empty()))
                .hasSize(6);
        robot.clickOn("#nextButton");

        // 4 · Segment: a static segment, typed; Russia is the phone country
        waitUntil(() -> context.navigation().current().kind() == StepKind.SEGMENT);
        assertThat(robot.lookup("#segment-region").queryComboBox().getValue()).isEqualTo("RU");
        robot.clickOn("#segment-static");
        robot.clickOn("#segment-id").write(Long.toString(SEGMENT));
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton");

        // 5 · Check: the bad email is a warning (Olga is still sent by phone), the duplicate is merged
        waitUntil(() -> context.navigation().current().kind() == StepKind.CHECK);
        waitUntil(() -> robot.lookup("#card-rows").tryQuery().map(Node::isVisible).orElse(false) && !next(robot).isDisabled());
        assertThat(text(robot, "#card-rows")).isEqualTo("7");
        assertThat(text(robot, "#card-to-send")).isEqualTo("6");
        assertThat(text(robot, "#card-excluded")).isEqualTo("0");
        assertThat(text(robot, "#card-warnings")).isEqualTo("2");
        Node bad = robot.lookup("#check-issues .table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> SampleWorkbook.BAD_EMAIL.equals(cell.getText())).findFirst().orElseThrow();
        robot.doubleClickOn(bad);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(FIXED_EMAIL).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#card-warnings").equals("1"));
        assertThat(robot.lookup("#check-issues .table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).doesNotContain(SampleWorkbook.BAD_EMAIL);
        assertThat(context.session().editsProperty().get().get(SampleWorkbook.BAD_EMAIL_ROW, "Email")).contains(FIXED_EMAIL);

        // ... and the error report (the duplicate, now) is exported for step 7
        desktop.toSave = folder.resolve("contacts-sample-errors.xlsx");
        robot.clickOn("#check-export");
        waitUntil(() -> context.session().errorReportProperty().get() != null);
        assertThat(desktop.asked()).containsExactly("save: Save the error report (contacts-sample-errors.xlsx)");
        assertThat(desktop.toSave).isRegularFile();
        waitUntil(() -> !next(robot).isDisabled());
        robot.clickOn("#nextButton");

        // 6 · Upload to the sandbox on loopback, through the endpoint under "Advanced"
        waitUntil(() -> context.navigation().current().kind() == StepKind.UPLOAD);
        robot.clickOn("#shop-id").write(SandboxSettings.DEMO_SHOP_ID);
        robot.clickOn("#shop-secret").write(SandboxSettings.DEMO_SHOP_SECRET);
        robot.clickOn("#upload-advanced .title");
        ComboBox<?> endpoint = robot.lookup("#endpoint").queryComboBox();
        waitUntil(endpoint::isVisible);
        robot.clickOn(endpoint.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(sandbox.uri().toString()).type(KeyCode.TAB);
        waitUntil(() -> sandbox.uri().toString().equals(context.uploadStep().endpointProperty().get()));
        robot.clickOn("#start-upload");
        waitUntil(() -> context.uploadStep().stateProperty().get() == UploadState.FINISHED);
        assertThat(text(robot, "#upload-contacts")).isEqualTo("6 of 6 contacts sent");
        robot.clickOn("#nextButton");

        // 7 · Done: what was sent, and the error report opened through the system
        waitUntil(() -> context.navigation().current().kind() == StepKind.DONE);
        assertThat(text(robot, "#done-sent")).isEqualTo("6 contacts sent in 1 request");
        assertThat(text(robot, "#done-open-report")).isEqualTo("Open the error report (contacts-sample-errors.xlsx)");
        robot.clickOn("#done-open-report");
        assertThat(desktop.opened).containsExactly(folder.resolve("contacts-sample-errors.xlsx"));

        assertThat(stored()).isEqualTo(expectedProfiles());
        assertThat(sandbox.profiles()).allSatisfy(profile -> assertThat(profile.segments()).containsExactly(SEGMENT));
    }

    /**
     * The contacts the sample must become: one per email (or phone where there is none), later rows' values
     * winning, the corrected email in place of the bad one, every tier as the custom property, and
     * {@code email_transactional} on each as the columns step sends it by default.
     */
    private static Set<Map<String, String>> expectedProfiles() {
        Map<String, Map<String, String>> byContact = new LinkedHashMap<>();
        for (List<String> row : SampleWorkbook.ROWS) {
            String email = row.get(0).equals(SampleWorkbook.BAD_EMAIL) ? FIXED_EMAIL : row.get(0);
            Map<String, String> contact = byContact.computeIfAbsent(email, e -> new TreeMap<>());
            contact.put("email", email);
            if (!row.get(1).isEmpty()) {
                contact.put("phone", PHONES.get(row.get(1)));
            }
            contact.put("first_name", row.get(2));
            contact.put("last_name", row.get(3));
            contact.put("location", row.get(4));
            contact.put("loyalty_tier", row.get(5));
            contact.put("email_transactional", "true");
        }
        assertThat(byContact).hasSize(6);
        return Set.copyOf(byContact.values());
    }

    /** Every profile in the sandbox as its fields' texts. */
    private Set<Map<String, String>> stored() {
        return sandbox.profiles().stream().map(WholeFlowUiTest::texts).collect(Collectors.toSet());
    }

    private static Map<String, String> texts(Profile profile) {
        Map<String, String> fields = new TreeMap<>();
        profile.fields().properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().asText()));
        return fields;
    }

    /** The target boxes of step 3, top to bottom. */
    static List<ComboBox<?>> targetBoxes(FxRobot robot) {
        return robot.lookup("#columns-table .combo-box").queryAllAs(ComboBox.class).stream()
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .<ComboBox<?>>map(box -> box).toList();
    }
}
