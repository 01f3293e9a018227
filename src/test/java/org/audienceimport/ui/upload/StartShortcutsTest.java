package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.audienceimport.AppFolders;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.audienceimport.ui.file.SampleData;
import org.audienceimport.ui.wizard.StepKind;
import org.audienceimport.ui.wizard.WizardNavigation;
import org.audienceimport.ui.wizard.WizardStep;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartShortcutsTest {

    @TempDir Path folder;

    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final ImmediateTasks tasks = new ImmediateTasks();
    private final WizardNavigation navigation = new WizardNavigation(
            Arrays.stream(StepKind.values()).map(WizardStep::comingNext).toList());

    private StartShortcuts shortcuts(FileStepViewModel fileStep) {
        return new StartShortcuts(session, fileStep, navigation, tasks, messages, new UploadEnvironment(
                AppFolders.under(folder.resolve("app")), SecretStore.none(), SandboxSettings.defaults(),
                (owner, title) -> Optional.empty(), PrepareSettings.defaults()));
    }

    private FileStepViewModel fileStep() {
        return new FileStepViewModel(session, tasks, new TableReader(), new Settings(folder.resolve("config")), messages);
    }

    @Test
    void theSampleIsCopiedIntoTheAppsFolderOpenedAndPracticeEndsWithAnotherFile() throws Exception {
        FileStepViewModel fileStep = fileStep();
        StartShortcuts shortcuts = shortcuts(fileStep);

        shortcuts.trySample(SampleData.TEXT);

        assertThat(session.practiceProperty().get()).isTrue();
        assertThat(session.table().file().path()).startsWith(folder.resolve("app"));
        assertThat(session.table().columns()).extracting(c -> c.header()).contains("E-mail", "Mobile");
        assertThat(fileStep.valid().get()).isTrue();

        Path other = folder.resolve("other.csv");
        Files.writeString(other, "email\nann@example.com\n");
        fileStep.open(other);
        assertThat(session.practiceProperty().get()).isFalse();
        session.close();
    }

    @Test
    void aFolderThatIsNotAPreparedUploadIsRefusedWithTheReasonAndTheWizardStays() throws Exception {
        StartShortcuts shortcuts = shortcuts(fileStep());
        Path notPrepared = Files.createDirectories(folder.resolve("holiday-photos"));

        shortcuts.openPrepared(notPrepared);

        assertThat(shortcuts.problemProperty().get()).startsWith("“holiday-photos” cannot be sent as a prepared upload.");
        assertThat(navigation.current().kind()).isEqualTo(StepKind.FILE);
        assertThat(session.preparedFolderProperty().get()).isNull();
    }

    @Test
    void whyAFolderWasRefusedFollowsALanguageSwitch() throws Exception {
        StartShortcuts shortcuts = shortcuts(fileStep());
        shortcuts.openPrepared(Files.createDirectories(folder.resolve("holiday-photos")));

        messages.setLocale(Messages.RUSSIAN);

        assertThat(shortcuts.problemProperty().get()).startsWith("«holiday-photos» нельзя отправить как подготовленную загрузку.")
                .satisfies(text -> assertThat(text.substring(text.indexOf('.') + 1)).containsPattern("\\p{IsCyrillic}"));
    }

    @Test
    void theSampleWorkbookIsOfferedToo() throws Exception {
        StartShortcuts shortcuts = shortcuts(fileStep());

        shortcuts.trySample(SampleData.WORKBOOK);

        assertThat(shortcuts.problemProperty().get()).isEmpty();
        assertThat(session.practiceProperty().get()).isTrue();
        assertThat(session.table().file().path().getFileName().toString()).isEqualTo("contacts-sample.xlsx");
        assertThat(session.table().file().format().isWorkbook()).isTrue();
        assertThat(session.table().columns()).extracting(c -> c.header()).contains("Email", "Phone");
        session.close();
    }

    @Test
    void theSamplesTheAppCarriesAreTheOnesInTheRepository() throws Exception {
        for (SampleData sample : SampleData.values()) {
            try (var packaged = StartShortcuts.class.getResourceAsStream(sample.resource())) {
                assertThat(packaged).as(sample.resource()).isNotNull();
                assertThat(packaged.readAllBytes()).as(sample.fileName())
                        .isEqualTo(Files.readAllBytes(Path.of("assets", "samples", sample.fileName())));
            }
        }
    }
}
