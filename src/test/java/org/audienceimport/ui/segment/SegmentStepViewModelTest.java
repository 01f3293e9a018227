package org.audienceimport.ui.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.columns.ColumnsStepViewModel;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RecentSegment;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 4 without a JavaFX toolkit. */
class SegmentStepViewModelTest {

    @TempDir Path folder;
    @TempDir Path config;
    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Settings settings;
    private SegmentStepViewModel model;

    /** Phones written the local way, and dates whose order only the second row settles. */
    static Path contacts(Path folder) throws Exception {
        Path file = folder.resolve("local.csv");
        Files.writeString(file, """
                Email,Phone,Birthday
                anna@example.com,8 912 345-67-89,03/04/1990
                boris@example.com,8 (912) 000-11-22,25/12/1985
                """, StandardCharsets.UTF_8);
        return file;
    }

    @BeforeEach
    void setUp() throws Exception {
        ImmediateTasks tasks = new ImmediateTasks();
        settings = new Settings(config);
        new FileStepViewModel(session, tasks, new TableReader(), settings, messages).open(contacts(folder));
        new ColumnsStepViewModel(session, tasks, FieldCatalog.standard(), messages, settings).entered();
        model = new SegmentStepViewModel(session, settings, messages, new ValueNormalisers(), Locale.of("ru", "RU"),
                LocalDate.of(2026, 11, 29), new ImmediateTasks());
        model.entered();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theGeneralListIsValidAndTheRegionComesFromTheSystem() {
        assertThat(model.valid().get()).isTrue();
        assertThat(model.reasonInvalid().get()).isEmpty();
        assertThat(model.phoneRegionProperty().get()).isEqualTo("RU");
        assertThat(session.mappingProperty().get().phoneRegion()).contains("RU");
        assertThat(session.mappingProperty().get().segmentId()).isEmpty();
        assertThat(model.regionName("RU")).isEqualTo("Russia (+7)");
        assertThat(model.regionChoices().getFirst()).isNull();
    }

    @Test
    void theCountriesAreSortedByTheirNamesInTheLanguageShownAndAgainWhenItChanges() {
        messages.setLocale(Messages.ENGLISH);
        assertThat(model.regionChoices()).hasSizeGreaterThan(200);
        assertThat(model.regionChoices().indexOf("CN")).isLessThan(model.regionChoices().indexOf("DE"));
        assertThat(model.regionName("DE")).isEqualTo("Germany (+49)");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(model.regionChoices().getFirst()).isNull();
        assertThat(model.regionChoices().indexOf("DE")).isLessThan(model.regionChoices().indexOf("CN"));
        assertThat(model.regionName("DE")).isEqualTo("Германия (+49)");
    }

    @Test
    void aSegmentMustBeAPositiveWholeNumber() {
        model.toSegmentProperty().set(true);
        assertThat(model.valid().get()).isFalse();
        assertThat(model.reasonInvalid().get()).startsWith("Enter the number of the static segment");

        model.segmentTextProperty().set("12a");
        assertThat(model.segmentProblem().get()).isEqualTo("\u201C12a\u201D is not a segment number: enter digits only, e.g. 1234.");
        model.segmentTextProperty().set("0");
        assertThat(model.segmentProblem().get()).isEqualTo("A segment number is a whole number from 1 up.");
        assertThat(session.segmentIdProperty().get()).isNull();

        model.segmentTextProperty().set(" 1234 ");
        assertThat(model.valid().get()).isTrue();
        assertThat(session.segmentIdProperty().get()).isEqualTo(1234L);
        assertThat(session.mappingProperty().get().segmentId()).contains(1234L);

        model.toSegmentProperty().set(false);
        assertThat(model.valid().get()).isTrue();
        assertThat(session.mappingProperty().get().segmentId()).isEmpty();
    }

    @Test
    void phoneExamplesFollowTheRegion() {
        assertThat(model.phoneExamples()).first().satisfies(example -> {
            assertThat(example.written()).isEqualTo("8 912 345-67-89");
            assertThat(example.sent()).isEqualTo("79123456789");
            assertThat(example.problem()).isFalse();
        });

        model.phoneRegionProperty().set(null);
        assertThat(model.phoneExamples().getFirst().problem()).isTrue();
        assertThat(session.mappingProperty().get().phoneRegion()).isEmpty();
    }

    @Test
    void dateExamplesFollowTheOrderAndDetectionReadsTheFile() {
        assertThat(model.dateOrderProperty().get()).isNull();
        assertThat(model.dateExamples()).extracting(Example::sent).containsExactly("1990-04-03", "1985-12-25");

        model.dateOrderProperty().set(DateOrder.MDY);
        assertThat(model.dateExamples().get(0).sent()).isEqualTo("1990-03-04");
        assertThat(model.dateExamples().get(1).problem()).isTrue();
        assertThat(session.mappingProperty().get().dateOrder()).contains(DateOrder.MDY);
    }

    @Test
    void aSegmentUsedIsRememberedWithItsLabelAndOfferedNextTime() {
        model.toSegmentProperty().set(true);
        model.segmentTextProperty().set("77");
        model.segmentLabelProperty().set("Spring fair");
        model.left();

        SegmentStepViewModel later = new SegmentStepViewModel(new ImportSession(), new Settings(config), messages,
                new ValueNormalisers(), Locale.ENGLISH, LocalDate.of(2026, 11, 29), new ImmediateTasks());
        assertThat(later.recentSegments()).containsExactly(new RecentSegment(77, "Spring fair"));
        later.useRecent(later.recentSegments().getFirst());
        assertThat(later.toSegmentProperty().get()).isTrue();
        assertThat(later.segmentTextProperty().get()).isEqualTo("77");
        assertThat(later.phoneRegionProperty().get()).isNull();
    }
}
