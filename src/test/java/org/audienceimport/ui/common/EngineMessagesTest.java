package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.Normalised;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.Cell;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSources;
import org.audienceimport.testsupport.Corpora;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.columns.ColumnsStepViewModel;
import org.audienceimport.ui.file.FileStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real failures of the engine, as the wizard shows them in Russian and in English. */
class EngineMessagesTest {

    @TempDir Path config;
    private final ImportSession session = new ImportSession();

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static Path passwordXls() {
        return Corpora.require("apache-poi-spreadsheets").resolve("files/password.xls");
    }

    @Test
    void aPasswordProtectedWorkbookIsExplainedInRussianOnTheFileStep() {
        Messages messages = new Messages(Messages.RUSSIAN);
        FileStepViewModel model = new FileStepViewModel(session, new ImmediateTasks(), new TableReader(), new Settings(config), messages);

        model.open(passwordXls());

        assertThat(model.problemProperty().get()).isEqualTo(
                "Файл «password.xls» защищён паролем. Введите пароль, которым его открывают в Excel.");
    }

    @Test
    void theCommandLineKeepsItsEnglishWithItsHintAndTheEnglishWizardDropsTheHint() {
        SourceException e = catchThrowableOfType(SourceException.class,
                () -> TableSources.open(passwordXls(), ReadOptions.DETECT).close());

        assertThat(e.getMessage()).isEqualTo("\u201Cpassword.xls\u201D is protected by a password. Enter the password"
                + " that opens it in Excel (command line: --password).");
        assertThat(EngineMessages.forDesktop(e, Locale.ENGLISH)).isEqualTo(
                "\u201Cpassword.xls\u201D is protected by a password. Enter the password that opens it in Excel.");
    }

    @Test
    void anInvalidEmailSaysWhatIsWrongInRussian() {
        Normalised result = new ValueNormalisers().normalise(FieldKind.EMAIL, Cell.text("anna@@example.com"),
                NormaliseContext.of(LocalDate.of(2026, 11, 29)));

        Normalised.Invalid invalid = (Normalised.Invalid) result;
        assertThat(invalid.message()).isEqualTo("\u201Canna@@example.com\u201D is not a valid email address: it contains"
                + " more than one @ (keep one address per cell). Correct it in the file.");
        assertThat(EngineMessages.forDesktop(invalid.text(), Messages.RUSSIAN)).isEqualTo("«anna@@example.com» —"
                + " неправильный адрес email: в нём больше одного @ (оставьте в ячейке один адрес). Исправьте его в файле.");
    }

    @Test
    void anUnknownFieldInASavedMappingIsNamedInRussianWithTheFieldItProbablyMeant() throws Exception {
        Path file = config.resolve("contacts.csv");
        Files.writeString(file, "E-mail,City\nanna@example.com,Kazan\n", StandardCharsets.UTF_8);
        Path template = config.resolve("m.json");
        Files.writeString(template, "{\"columns\": {\"E-mail\": \"emial\"}}", StandardCharsets.UTF_8);
        Messages messages = new Messages(Messages.RUSSIAN);
        ImmediateTasks tasks = new ImmediateTasks();
        new FileStepViewModel(session, tasks, new TableReader(), new Settings(config), messages).open(file);
        ColumnsStepViewModel columns = new ColumnsStepViewModel(session, tasks, FieldCatalog.standard(), messages, new Settings(config));
        columns.entered();
        // The reason is kept as what to say, and shown in the language of the moment.
        assertThat(columns.rows()).extracting(row -> EngineMessages.forDesktop(row.reason(), messages.locale()))
                .first().asString().startsWith("заголовок");

        columns.loadTemplate(template);

        assertThat(columns.noticeProperty().get()).isEqualTo("Сопоставление «m.json»: Столбец «E-mail»"
                + " сопоставлен с «emial», но такого поля нет. Может быть, имелось в виду «email»?");
        MappingException e = catchThrowableOfType(MappingException.class, () -> new MappingJson(FieldCatalog.standard()).read(template));
        assertThat(e.getMessage()).isEqualTo("The mapping \u201Cm.json\u201D: Column \u201CE-mail\u201D is mapped to"
                + " \u201Cemial\u201D, which is not a field. Did you mean \u201Cemail\u201D?");
    }
}
