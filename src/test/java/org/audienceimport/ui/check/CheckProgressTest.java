package org.audienceimport.ui.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.audienceimport.convert.ConvertedRow;
import org.audienceimport.source.Row;
import org.audienceimport.ui.common.Tasks;
import org.junit.jupiter.api.Test;

/** The check's progress reaches the UI at a calm pace, and a cancelled check stops. */
class CheckProgressTest {

    private final List<Long> updates = new ArrayList<>();
    private volatile boolean cancelled;
    private final Tasks.Progress progress = new Tasks.Progress() {
        @Override
        public void update(long done) {
            updates.add(done);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    };

    private static void feed(CheckProgress listener, int rows) {
        for (int i = 0; i < rows; i++) {
            listener.onRow(Row.empty(i + 2), new ConvertedRow(i + 2, null, null, List.of()));
        }
    }

    @Test
    void rowsAreCountedButHandedOnAtMostEveryInterval() throws Exception {
        CheckProgress listener = new CheckProgress(progress);
        long started = System.nanoTime();
        feed(listener, 100_000);
        Thread.sleep(CheckProgress.INTERVAL_MILLIS + 20);
        feed(listener, 1);

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(listener.rows()).isEqualTo(100_001);
        assertThat(updates).isNotEmpty().hasSizeLessThanOrEqualTo((int) (elapsedMillis / CheckProgress.INTERVAL_MILLIS) + 1);
        assertThat(updates.getLast()).isEqualTo(100_001);
    }

    @Test
    void aCancelledCheckStopsAtTheNextHandOver() throws Exception {
        CheckProgress listener = new CheckProgress(progress);
        cancelled = true;
        Thread.sleep(CheckProgress.INTERVAL_MILLIS + 20);

        assertThatThrownBy(() -> feed(listener, 1)).isInstanceOf(CancellationException.class);
        assertThat(updates).isEmpty();
    }
}
