package org.audienceimport.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.BooleanNode;

import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Target;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.audienceimport.ui.sheet.SheetStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 3 without a JavaFX toolkit. */
class ColumnsStepViewModelTest {

    @TempDir Path folder;
    @TempDir Path config;
    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FieldCatalog catalog = FieldCatalog.standard();
    private SheetStepViewModel sheetStep;
    private ColumnsStepViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ImmediateTasks tasks = new ImmediateTasks();
        TableReader reader = new TableReader();
        FileStepViewModel fileStep = new FileStepViewModel(session, tasks, reader, new Settings(config), messages);
        sheetStep = new SheetStepViewModel(session, tasks, reader, messages);
        model = new ColumnsStepViewModel(session, tasks, catalog, messages, new Settings(config));
        fileStep.open(SampleFiles.workbook(folder));
        model.entered();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private ColumnRow row(String header) {
        return model.rows().stream().filter(r -> r.column().header().equals(header)).findFirst().orElseThrow();
    }

    @Test
    void suggestsFieldsWithSamplesAndPublishesTheMapping() {
        assertThat(model.rows()).hasSize(4);
        assertThat(row("Email").target().get().describe()).isEqualTo("email");
        assertThat(row("Email").confidence()).isEqualTo(1.0);
        assertThat(row("Email").samples()).startsWith("person1@example.com", "person2@example.com");
        assertThat(row("Phone").target().get().describe()).isEqualTo("phone");
        assertThat(model.valid().get()).isTrue();
        assertThat(session.mappingProperty().get().columns()).containsKeys("Email", "Phone");
        assertThat(session.mappingProperty().get().headerRow()).hasValue(3);
        assertThat(model.choices().getFirst()).isNull();
    }

    @Test
    void withoutEmailOrPhoneNextIsOffAndSaysWhy() {
        row("Email").target().set(null);
        row("Phone").target().set(null);

        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).isEqualTo("Match a column to Email or Phone: every contact needs one of them.");
        assertThat(session.mappingProperty().get().columns()).doesNotContainKeys("Email", "Phone");
    }

    @Test
    void twoColumnsCannotGoToOneField() {
        Target email = row("Email").target().get();
        row("City").target().set(email);

        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).isEqualTo("\u201CEmail\u201D and \u201CCity\u201D both go to email: keep one of them.");
    }

    @Test
    void choicesSurviveGoingBackButNotAnotherHeaderRow() {
        row("City").target().set(null);
        model.entered();
        assertThat(row("City").target().get()).isNull();

        sheetStep.headerRowProperty().set(4);
        model.entered();
        assertThat(model.rows()).extracting(r -> r.column().header()).startsWith("person1@example.com");
        assertThat(model.rows().getFirst().target().get().describe()).isEqualTo("email");
    }

    @Test
    void targetsAreNamedInTheUiLanguageWithTheirApiName() {
        TargetNames names = new TargetNames(catalog, messages);
        Target email = row("Email").target().get();
        assertThat(names.name(email)).isEqualTo("Email  \u00B7  email");
        assertThat(names.name(null)).isEqualTo("Don\u2019t import");
        messages.setLocale(Messages.RUSSIAN);
        assertThat(names.name(null)).isEqualTo("Не импортировать");
        assertThat(names.name(row("Phone").target().get())).endsWith("\u00B7  phone");
    }

    @Test
    void transactionalEmailIsSentWithEveryContactByDefaultAndSmsOnlyWhenTicked() {
        assertThat(session.mappingProperty().get().constants())
                .containsEntry("email_transactional", BooleanNode.TRUE).doesNotContainKey("sms_transactional");

        model.smsTransactionalProperty().set(true);
        model.emailTransactionalProperty().set(false);

        assertThat(session.mappingProperty().get().constants())
                .containsEntry("sms_transactional", BooleanNode.TRUE).doesNotContainKey("email_transactional");
    }

    @Test
    void aConstantNeverCompetesWithAColumnMappedToTheSameField() {
        Target sms = new Target.FieldTarget(catalog.field("sms_transactional").orElseThrow());
        model.smsTransactionalProperty().set(true);
        row("City").target().set(sms);

        assertThat(model.filledByColumn("sms_transactional").get()).isTrue();
        assertThat(session.mappingProperty().get().constants()).doesNotContainKey("sms_transactional");
        assertThat(session.mappingProperty().get().columns()).containsEntry("City", sms);
    }

    @Test
    void aSavedTemplateBringsBackTheChoicesAndConstants() {
        row("City").target().set(null);
        model.smsTransactionalProperty().set(true);
        Path template = folder.resolve("monthly.json");
        model.saveTemplate(template);
        assertThat(model.noticeProperty().get()).isEqualTo("Saved the columns to \u201Cmonthly.json\u201D.");

        model.resetToSuggestions();
        model.smsTransactionalProperty().set(false);
        assertThat(row("City").target().get()).isNotNull();

        model.loadTemplate(template);
        assertThat(row("City").target().get()).isNull();
        assertThat(row("Email").target().get().describe()).isEqualTo("email");
        assertThat(model.smsTransactionalProperty().get()).isTrue();
        assertThat(model.noticeProperty().get()).startsWith("Applied the template to");
    }

    @Test
    void aTemplateSaysWhichOfItsColumnsThisFileLacks() throws Exception {
        Path template = folder.resolve("other.json");
        java.nio.file.Files.writeString(template, """
                {"columns": {"Email": "email", "Mobile": "phone"}}
                """);

        model.loadTemplate(template);

        assertThat(row("Email").target().get().describe()).isEqualTo("email");
        assertThat(row("Phone").target().get()).isNull();
        assertThat(model.noticeProperty().get())
                .isEqualTo("Applied the template to 1 columns. Not in this file: \u201CMobile\u201D.");
    }

    @Test
    void aBrokenTemplateIsReportedAndChangesNothing() throws Exception {
        Path template = folder.resolve("broken.json");
        java.nio.file.Files.writeString(template, "{not json");

        model.loadTemplate(template);

        assertThat(model.noticeProperty().get()).contains("broken.json").contains("not valid JSON");
        assertThat(row("Email").target().get().describe()).isEqualTo("email");
    }

    @Test
    void theColumnsOfTheLastImportAreOfferedForAFileWithTheSameHeaders() throws Exception {
        row("City").target().set(null);
        model.left();

        ColumnsStepViewModel next = new ColumnsStepViewModel(session, new ImmediateTasks(), catalog, messages,
                new Settings(config));
        next.entered();
        ColumnRow city = next.rows().stream().filter(r -> r.column().header().equals("City")).findFirst().orElseThrow();
        assertThat(next.rememberedProperty().get()).isTrue();
        assertThat(city.target().get()).isNull();

        next.resetToSuggestions();
        assertThat(next.rememberedProperty().get()).isFalse();
        assertThat(city.target().get()).isNotNull();
    }

    @Test
    void theHeaderKeyIgnoresOrderButNotNames() {
        assertThat(HeaderKey.of(java.util.List.of("Email", "Phone"))).isEqualTo(HeaderKey.of(java.util.List.of("Phone", "Email")));
        assertThat(HeaderKey.of(java.util.List.of("Email", "Phone"))).isNotEqualTo(HeaderKey.of(java.util.List.of("Email", "Mobile")));
    }

    @Test
    void aNewCustomPropertyIsMappedAndOfferedForOtherColumns() {
        assertThat(model.choices().getLast()).isEqualTo(ColumnsStepViewModel.NEW_CUSTOM);
        row("City").target().set(ColumnsStepViewModel.NEW_CUSTOM);
        assertThat(session.mappingProperty().get().columns()).doesNotContainKey("City");

        CustomPropertyForm form = model.newCustomProperty();
        form.nameProperty().set("home_city");
        Target.CustomTarget custom = form.target().orElseThrow();
        model.useCustom(row("City"), custom);

        assertThat(session.mappingProperty().get().columns()).containsEntry("City", custom);
        assertThat(model.choices()).contains(custom);
        assertThat(model.choices().getLast()).isEqualTo(ColumnsStepViewModel.NEW_CUSTOM);
        assertThat(new TargetNames(catalog, messages).name(ColumnsStepViewModel.NEW_CUSTOM)).isEqualTo("Custom property\u2026");
    }

    @Test
    void aNoticeAndTheReasonsForSuggestionsFollowALanguageSwitch() {
        model.saveTemplate(folder.resolve("monthly.json"));
        assertThat(model.noticeProperty().get()).isEqualTo("Saved the columns to \u201Cmonthly.json\u201D.");
        String englishReason = org.audienceimport.ui.common.EngineMessages.forDesktop(row("Email").reason(), messages.locale());

        messages.setLocale(Messages.RUSSIAN);

        assertThat(model.noticeProperty().get()).isEqualTo("Столбцы сохранены в «monthly.json».");
        String russianReason = org.audienceimport.ui.common.EngineMessages.forDesktop(row("Email").reason(), messages.locale());
        assertThat(russianReason).isNotEmpty().isNotEqualTo(englishReason).containsPattern("\\p{IsCyrillic}");
    }
}
