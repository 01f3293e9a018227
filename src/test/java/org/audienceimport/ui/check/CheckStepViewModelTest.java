package org.audienceimport.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import javafx.beans.value.ObservableValue;

import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.columns.ColumnsStepViewModel;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 5 without a JavaFX toolkit: a small CSV checked on the caller's thread. */
class CheckStepViewModelTest {

    @TempDir Path folder;
    @TempDir Path config;
    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private CheckStepViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        Path file = folder.resolve("contacts.csv");
        Files.writeString(file, """
                Email,Phone,City
                anna@example.com,+79120000001,Kazan
                not-an-email,,Kazan
                boris@example.com,+79120000002,Moscow
                anna@example.com,,Moscow
                vera@example,+79120000003,Omsk
                """, StandardCharsets.UTF_8);
        ImmediateTasks tasks = new ImmediateTasks();
        FieldCatalog catalog = FieldCatalog.standard();
        new FileStepViewModel(session, tasks, new TableReader(), new Settings(config), messages).open(file);
        new ColumnsStepViewModel(session, tasks, catalog, messages, new Settings(config)).entered();
        model = new CheckStepViewModel(session, tasks, messages,
                new CheckEngine(new ValueNormalisers(), catalog, LocalDate.of(2026, 11, 29)));
        model.entered();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private IssueRow issue(int row, String code) {
        return model.issues().stream().filter(r -> r.issue().row() == row && r.issue().code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " on row " + row + ": " + model.issues()));
    }

    private IssueRow issueOn(int row, String column) {
        return model.issues().stream().filter(r -> r.issue().row() == row && r.issue().column().equals(column))
                .findFirst().orElseThrow();
    }

    @Test
    void theSummaryAndIssuesComeFromEveryRow() {
        assertThat(model.totalsProperty().get()).isEqualTo(new CheckTotals(5, 3, 1, 3, 1));
        assertThat(session.validationProperty().get().toSend()).isEqualTo(3);
        assertThat(model.valid().get()).isTrue();
        assertThat(issue(3, "no_identifier").issue().severity()).isEqualTo(Severity.ERROR);
        assertThat(issue(5, "duplicate_merged").editable()).isFalse();
        assertThat(issue(5, "duplicate_merged").issue()).extracting(Issue::column, Issue::columnLetter)
                .containsExactly("Email", "A");
        assertThat(issueOn(6, "Email").issue().value()).isEqualTo("vera@example");
        assertThat(model.issueColumns()).contains("Email", "");
    }

    @Test
    void issuesReadInTheUiLanguageAndFollowASwitchAndACorrection() {
        IssueRow email = issueOn(3, "Email");
        ObservableValue<String> shown = model.message(email);
        assertThat(shown.getValue()).startsWith("\u201Cnot-an-email\u201D is not a valid email address: it has no @.");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(shown.getValue()).isEqualTo("«not-an-email» — неправильный адрес email: в нём нет @. Исправьте его"
                + " в файле. Это значение не будет отправлено; остальная строка всё равно импортируется, если в ней есть"
                + " email или телефон.");
        assertThat(model.message(issue(3, "no_identifier")).getValue()).isEqualTo("В строке 3 нет правильного email"
                + " или телефона, поэтому она не импортируется. Добавьте адрес email или номер телефона либо исправьте тот, что есть.");
        assertThat(model.message(issue(5, "duplicate_merged")).getValue())
                .startsWith("В строке 5 тот же email, что и в строке 2 (anna@example.com)");
        assertThat(model.shownIssues()).allSatisfy(row -> assertThat(model.message(row).getValue())
                .as("issue %s", row.issue().code()).containsPattern("\\p{IsCyrillic}").doesNotContain("!"));

        model.fix(email, "nina@");
        assertThat(shown.getValue()).isEqualTo("«nina@» — неправильный адрес email: после @ ничего нет. Исправьте его в файле.");

        messages.setLocale(Locale.ENGLISH);
        assertThat(shown.getValue()).isEqualTo("\u201Cnina@\u201D is not a valid email address: there is nothing after"
                + " the @. Correct it in the file.");
        assertThat(email.issue().message()).isEqualTo(shown.getValue());
    }

    @Test
    void issuesAreFilteredBySeverityAndColumn() {
        model.severityFilterProperty().set(SeverityFilter.ERRORS);
        assertThat(model.shownIssues()).extracting(r -> r.issue().code()).containsExactly("no_identifier");

        model.severityFilterProperty().set(SeverityFilter.WARNINGS);
        model.columnFilterProperty().set("Email");
        assertThat(model.shownIssues()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.issue().column()).isEqualTo("Email");
            assertThat(r.issue().severity()).isEqualTo(Severity.WARNING);
        });

        model.severityFilterProperty().set(SeverityFilter.ALL);
        model.columnFilterProperty().set(null);
        assertThat(model.shownIssues()).hasSameSizeAs(model.issues());
    }

    @Test
    void theFiltersChosenStayOnTheIssuesOfACheckRunAgainAndACorrectionMadeBeforeCountsInThem() {
        model.severityFilterProperty().set(SeverityFilter.WARNINGS);
        model.columnFilterProperty().set("Email");
        int warningsOnEmail = model.shownIssues().size();
        // Corrected, row 6's address is no longer a warning of the email column.
        model.fix(issueOn(6, "Email"), "vera@example.com");

        model.checkAgain();

        assertThat(model.shownIssues()).isNotEmpty().hasSize(warningsOnEmail - 1).allSatisfy(r -> {
            assertThat(r.issue().column()).isEqualTo("Email");
            assertThat(r.issue().severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(model.shownIssues()).noneMatch(r -> r.issue().row() == 6);
    }

    @Test
    void aCorrectedEmailIsCheckedAgainAndBringsItsRowBack() {
        model.fix(issueOn(3, "Email"), "nina@example.com");

        assertThat(model.issues()).noneMatch(r -> r.issue().row() == 3);
        assertThat(model.totalsProperty().get()).isEqualTo(new CheckTotals(5, 4, 0, 2, 1));
        assertThat(session.editsProperty().get().get(3, "Email")).contains("nina@example.com");
    }

    @Test
    void checkingAgainReadsTheRowsWithTheCorrectionsInPlace() throws Exception {
        model.fix(issueOn(3, "Email"), "nina@example.com");
        model.checkAgain();

        assertThat(model.totalsProperty().get()).isEqualTo(new CheckTotals(5, 4, 0, 2, 1));
        assertThat(session.validationProperty().get().toSend()).isEqualTo(4);
        assertThat(model.issues()).noneMatch(r -> r.issue().row() == 3);

        Path report = folder.resolve("after.csv");
        model.exportReport(report);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).doesNotContain("not-an-email");
    }

    @Test
    void aCorrectionThatIsStillWrongSaysWhy() {
        IssueRow vera = issueOn(6, "Email");
        String before = vera.issue().message();
        model.fix(vera, "vera at example");

        Issue now = vera.issue();
        assertThat(model.issues()).contains(vera);
        assertThat(now.value()).isEqualTo("vera at example");
        assertThat(now.message()).isNotEqualTo(before).contains("vera at example");
        assertThat(model.totalsProperty().get().warnings()).isEqualTo(3);
    }

    @Test
    void aChangeInAnEarlierStepInvalidatesTheCheckUntilItRunsAgain() {
        model.fix(issueOn(3, "Email"), "nina@example.com");
        session.phoneRegionProperty().set("RU");
        assertThat(session.validationProperty().get()).isNull();
        assertThat(model.valid().get()).isFalse();

        model.entered();
        assertThat(model.valid().get()).isTrue();
        // The correction is shown again on the new result.
        assertThat(model.issues()).noneMatch(r -> r.issue().row() == 3);
    }

    @Test
    void theErrorReportKeepsEveryOriginalColumn() throws Exception {
        Path report = folder.resolve("errors.csv");
        model.exportReport(report);

        assertThat(model.noticeProperty().get()).startsWith("Saved 3 rows with problems to");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("Email", "Phone", "City");
        assertThat(text).contains("not-an-email", "Omsk");
    }

    @Test
    void savingForLaterPreparesTheUploadInTheFolder() throws Exception {
        Path out = folder.resolve("prepared");
        model.saveForLater(out);

        assertThat(model.noticeProperty().get()).startsWith("The upload is prepared in");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.contains("manifest"));
        }
    }

    @Test
    void whatBecameOfTheReportFollowsALanguageSwitch() {
        model.exportReport(folder.resolve("errors.csv"));
        assertThat(model.noticeProperty().get()).startsWith("Saved 3 rows with problems to");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(model.noticeProperty().get()).startsWith("Сохранены 3 строки с проблемами в");
    }

    @Test
    void theErrorReportIsWrittenInTheUiLanguage() throws Exception {
        messages.setLocale(Messages.RUSSIAN);
        Path report = folder.resolve("errors.csv");
        model.exportReport(report);

        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("Строка,Важность,Проблемы,", "Email");
        assertThat(text).contains("В строке 3 нет правильного email или телефона").doesNotContain("has no valid");
    }
}
