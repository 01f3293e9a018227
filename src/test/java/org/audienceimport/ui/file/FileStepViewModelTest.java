package org.audienceimport.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.audienceimport.source.SourceException;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RowCounting;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1 without a JavaFX toolkit: background work runs at once on the test thread. */
class FileStepViewModelTest {

    @TempDir Path folder;
    @TempDir Path config;
    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private FileStepViewModel model;

    @BeforeEach
    void setUp() {
        ImmediateTasks tasks = new ImmediateTasks();
        new RowCounting(session, tasks, java.time.Duration.ZERO);
        model = new FileStepViewModel(session, tasks, new TableReader(), new Settings(config), messages);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void withNoFileNextIsOffAndSaysWhy() {
        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.NO_FILE);
        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).isEqualTo("Choose a file to continue.");
    }

    @Test
    void aWorkbookIsSummarisedInOneLine() throws Exception {
        model.open(SampleFiles.workbook(folder));

        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.READY);
        assertThat(model.valid().get()).isTrue();
        assertThat(model.reasonInvalid().get()).isEmpty();
        assertThat(model.summary().get())
                .startsWith("Excel workbook (.xlsx)")
                .contains("KB", "3 sheets (1 hidden)", SampleFiles.CONTACT_ROWS + " rows");
        assertThat(model.sheetLine().get()).startsWith("Sheet \u201CContacts\u201D, header in row 3, 4 columns");
        assertThat(session.table().headerRow()).isEqualTo(3);
    }

    @Test
    void aCsvFileIsSummarisedWithItsEncodingAndDelimiter() throws Exception {
        model.open(SampleFiles.csv(folder));

        assertThat(model.summary().get()).startsWith("Text file (CSV)").contains("UTF-8", "separated by comma", "3 rows");
    }

    @Test
    void theSummaryFollowsTheLanguage() throws Exception {
        model.open(SampleFiles.workbook(folder));
        messages.setLocale(Messages.RUSSIAN);

        assertThat(model.summary().get()).startsWith("Книга Excel (.xlsx)").contains("3 листа (скрытых: 1)", "25 строк");
    }

    @Test
    void anEmptyFileCannotBePassedAndTheReaderSaysWhy() throws Exception {
        model.open(SampleFiles.empty(folder));

        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.FAILED);
        assertThat(model.problemKindProperty().get()).isEqualTo(SourceException.Problem.EMPTY);
        assertThat(model.problemProperty().get()).contains("\u201Cempty.csv\u201D is empty");
        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).isEqualTo("Choose a file that can be read to continue.");
        assertThat(session.table()).isNull();
    }

    @Test
    void aProtectedWorkbookAsksForItsPasswordUntilTheRightOneIsGiven() throws Exception {
        model.open(SampleFiles.protectedWorkbook(folder));
        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.NEEDS_PASSWORD);
        assertThat(model.problemKindProperty().get()).isEqualTo(SourceException.Problem.PASSWORD_REQUIRED);
        assertThat(model.reasonInvalid().get()).isEqualTo("Enter the password of the workbook to continue.");
        assertThat(model.problemProperty().get()).contains("protected by a password").doesNotContain("command line");

        model.openWithPassword("wrong".toCharArray());
        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.NEEDS_PASSWORD);
        assertThat(model.problemKindProperty().get()).isEqualTo(SourceException.Problem.PASSWORD_WRONG);

        model.openWithPassword(SampleFiles.PASSWORD.toCharArray());
        assertThat(model.statusProperty().get()).isEqualTo(FileStatus.READY);
        assertThat(session.rowCountProperty().get()).isEqualTo(SampleFiles.CONTACT_ROWS);
    }

    @Test
    void openedFilesAreRememberedAcrossRuns() throws Exception {
        Path csv = SampleFiles.csv(folder);
        Path workbook = SampleFiles.workbook(folder);
        model.open(csv);
        model.open(workbook);

        assertThat(model.recentFiles()).containsExactly(workbook.toAbsolutePath(), csv.toAbsolutePath());
        assertThat(new Settings(config).recentFiles()).containsExactly(workbook.toAbsolutePath(), csv.toAbsolutePath());
    }

    @Test
    void choosingAnotherFileClosesThePreviousOne() throws Exception {
        model.open(SampleFiles.workbook(folder));
        var first = session.table().file();
        model.open(SampleFiles.csv(folder));

        assertThat(session.table().file()).isNotSameAs(first);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.read(s -> s.sheets()))
                .isInstanceOf(SourceException.class);
    }

    @Test
    void aProblemShownBeforeALanguageSwitchIsShownInTheNewLanguage() throws Exception {
        model.open(SampleFiles.empty(folder));
        assertThat(model.problemProperty().get()).contains("\u201Cempty.csv\u201D is empty");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(model.problemProperty().get()).startsWith("Файл «empty.csv» пустой (0 байт).");
        messages.setLocale(Messages.ENGLISH);
        assertThat(model.problemProperty().get()).contains("\u201Cempty.csv\u201D is empty");
    }
}
