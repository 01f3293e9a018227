package org.audienceimport.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.audienceimport.source.Column;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RowCounting;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2 without a JavaFX toolkit. */
class SheetStepViewModelTest {

    @TempDir Path folder;
    @TempDir Path config;
    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private FileStepViewModel fileStep;
    private SheetStepViewModel model;

    @BeforeEach
    void setUp() {
        ImmediateTasks tasks = new ImmediateTasks();
        new RowCounting(session, tasks, java.time.Duration.ZERO);
        TableReader reader = new TableReader();
        fileStep = new FileStepViewModel(session, tasks, reader, new Settings(config), messages);
        model = new SheetStepViewModel(session, tasks, reader, messages);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void showsTheDetectedSheetAndHeaderWithAPreviewOfTheTop() throws Exception {
        fileStep.open(SampleFiles.workbook(folder));

        assertThat(model.sheets()).extracting(s -> s.name()).containsExactly("Contacts", "Old", "Totals");
        assertThat(model.sheetProperty().get().name()).isEqualTo("Contacts");
        assertThat(model.headerRowProperty().get()).isEqualTo(3);
        assertThat(model.textFileProperty().get()).isFalse();
        assertThat(session.table().columns()).extracting(Column::header).containsExactly("Email", "Phone", "First name", "City");
        assertThat(session.table().topRows().getFirst().text(0)).isEqualTo("Customer export, March 2026");
        assertThat(model.valid().get()).isTrue();
    }

    @Test
    void movingTheHeaderRowRereadsTheColumnsAndRecountsTheRows() throws Exception {
        fileStep.open(SampleFiles.workbook(folder));
        model.headerRowProperty().set(4);

        assertThat(session.table().headerRow()).isEqualTo(4);
        assertThat(session.table().columns().getFirst().header()).isEqualTo("person1@example.com");
        assertThat(session.rowCountProperty().get()).isEqualTo(SampleFiles.CONTACT_ROWS - 1);
    }

    @Test
    void anotherSheetGetsItsOwnHeaderDetected() throws Exception {
        fileStep.open(SampleFiles.workbook(folder));
        model.sheetProperty().set(model.sheets().get(2));

        assertThat(session.table().sheet().name()).isEqualTo("Totals");
        assertThat(model.headerRowProperty().get()).isEqualTo(1);
        assertThat(session.table().columns()).extracting(Column::header).containsExactly("City", "Contacts");
        assertThat(session.rowCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aHeaderRowWithNothingBelowItKeepsNextOff() throws Exception {
        fileStep.open(SampleFiles.workbook(folder));
        model.headerRowProperty().set(3 + SampleFiles.CONTACT_ROWS);

        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).isEqualTo("There are no rows below the header: choose another sheet or header row.");
    }

    @Test
    void aTextFileCanBeReadWithAnotherDelimiterAndEncoding() throws Exception {
        Path file = folder.resolve("semicolons.csv");
        Files.writeString(file, "email;name\nanna@example.com;Анна\n", java.nio.charset.Charset.forName("windows-1251"));
        fileStep.open(file);
        assertThat(model.textFileProperty().get()).isTrue();
        assertThat(model.detected().get()).startsWith("Read as windows-1251, semicolon");

        model.delimiterProperty().set(',');
        assertThat(session.table().columns()).extracting(Column::header).containsExactly("email;name");
        assertThat(session.readOptionsProperty().get().delimiter()).contains(',');

        model.delimiterProperty().set(null);
        model.encodingProperty().set(StandardCharsets.UTF_8);
        assertThat(session.table().columns()).hasSize(2);
        assertThat(session.table().topRows().getLast().text(1)).isNotEqualTo("Анна");
    }

}
