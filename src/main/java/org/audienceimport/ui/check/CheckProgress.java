package org.audienceimport.ui.check;

import java.util.concurrent.CancellationException;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConvertedRow;
import org.audienceimport.source.Row;
import org.audienceimport.ui.common.Tasks;

/**
 * The one place where the engine's rows become progress on screen: counts rows, hands the count on at most
 * every {@value #INTERVAL_MILLIS} ms (the UI needs no more, and the UI thread must not be flooded), and
 * stops the pass once the work was cancelled.
 */
final class CheckProgress implements Conversion.RowListener {

    static final long INTERVAL_MILLIS = 250;

    private final Tasks.Progress progress;
    private long rows;
    private long lastReport = System.nanoTime();

    CheckProgress(Tasks.Progress progress) {
        this.progress = progress;
    }

    @Override
    public void onRow(Row source, ConvertedRow converted) {
        rows++;
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_MILLIS * 1_000_000) {
            lastReport = now;
            if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The check was stopped.");
            }
            progress.update(rows);
        }
    }

    long rows() {
        return rows;
    }
}
