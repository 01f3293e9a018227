package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.file.FileStepViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting the chosen table's rows, standing aside while the window shows something new. */
class RowCountingTest {

    private static final Duration ASIDE = Duration.ofMillis(300);

    @TempDir Path folder;
    private final ImportSession session = new ImportSession();
    private final ImmediateTasks tasks = new ImmediateTasks();

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void aLargeFilesRowsAreCountedOnlyOnceTheWindowHasHadAMomentToShowIt() throws Exception {
        new RowCounting(session, tasks, ASIDE);
        Path csv = folder.resolve("contacts.csv");
        StringBuilder text = new StringBuilder("email,name\n");
        int rows = 30_000;
        for (int i = 0; i < rows; i++) {
            text.append("someone.").append(i).append("@example.com,Someone Number ").append(i).append('\n');
        }
        Files.writeString(csv, text);
        assertThat(Files.size(csv)).isGreaterThan(1_000_000);

        long start = System.nanoTime();
        opener().open(csv);

        // The work runs on the test thread here, so the open returns once the count is done.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(ASIDE);
        assertThat(session.rowCountProperty().get()).isEqualTo(rows);
    }

    @Test
    void aSmallFilesRowsAreCountedAtOnce() throws Exception {
        Duration wait = Duration.ofSeconds(30);
        new RowCounting(session, tasks, wait);
        Path workbook = SampleFiles.workbook(folder);

        long start = System.nanoTime();
        opener().open(workbook);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(wait.dividedBy(3));
        assertThat(session.rowCountProperty().get()).isEqualTo(SampleFiles.CONTACT_ROWS);
    }

    @Test
    void aCountUnderWayPausesWhenTheWindowShowsSomethingNewAndThenCountsOn() throws Exception {
        RowCounting counting = new RowCounting(session, tasks, ASIDE);
        Path workbook = SampleFiles.workbook(folder, 6_000);
        List<Long> progressAt = new ArrayList<>();
        session.rowsCountedSoFarProperty().addListener((property, was, rows) -> {
            progressAt.add(System.nanoTime());
            if (rows.longValue() == 2_000) {
                counting.standAside(); // as on a step change
            }
        });

        opener().open(workbook);

        // Reported every 2,000 rows: 2,000, 4,000, 6,000; the stand-aside came between the first two.
        assertThat(progressAt).hasSize(3);
        assertThat(Duration.ofNanos(progressAt.get(1) - progressAt.get(0))).isGreaterThanOrEqualTo(ASIDE);
        assertThat(session.rowCountProperty().get()).isEqualTo(6_000);
    }

    private FileStepViewModel opener() {
        return new FileStepViewModel(session, tasks, new TableReader(), new Settings(folder.resolve("config")),
                new Messages(Locale.ENGLISH));
    }
}
