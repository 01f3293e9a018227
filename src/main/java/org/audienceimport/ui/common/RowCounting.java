package org.audienceimport.ui.common;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.locks.LockSupport;

import org.audienceimport.source.Row;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the data rows of the chosen table in the background whenever the file, sheet or header row
 * changes, so the steps can show the summary at once and the count when it is ready. It opens the file
 * a second time: a long pass must not hold up the previews that share the open file.
 *
 * <p>It stands aside for a moment whenever the window shows something new (a new table's summary and preview, a
 * step): on two cores its reading, at the lowest priority, still kept the window's thread waiting for a core 20 to
 * 50 ms in the pulses that style a step's first rows, and its garbage brought collection pauses into them. The
 * count is not waited on; it comes a little later. A small file is counted at once.
 */
public final class RowCounting {

    private static final Logger LOG = LoggerFactory.getLogger(RowCounting.class);
    private static final int PROGRESS_EVERY = 2_000;
    /** Long enough for a step's first pulses: a preview is shown 0.2 to 0.7 s after its file is chosen. */
    private static final Duration STAND_ASIDE = Duration.ofMillis(700);
    /** A smaller file is counted at once: its count takes less than a pulse, and "counting rows…" would only flicker. */
    private static final long COUNTED_AT_ONCE_BELOW_BYTES = 1_000_000;

    private final ImportSession session;
    private final Tasks tasks;
    private final long standAsideNanos;
    private volatile long asideUntil = System.nanoTime();
    private Tasks.Running running;
    private ChosenTable counted;

    public RowCounting(ImportSession session, Tasks tasks) {
        this(session, tasks, STAND_ASIDE);
    }

    /** @param standAside how long the count pauses when the window shows something new */
    public RowCounting(ImportSession session, Tasks tasks, Duration standAside) {
        this.session = session;
        this.tasks = tasks;
        this.standAsideNanos = standAside.toNanos();
        session.tableProperty().addListener((obs, old, now) -> recount(now));
    }

    /** The window is about to show something new: the count, if running, pauses for a moment. */
    public void standAside() {
        asideUntil = System.nanoTime() + standAsideNanos;
    }

    private void recount(ChosenTable table) {
        if (table != null && table.sameRowsAs(counted)) {
            return;
        }
        if (running != null) {
            running.cancel();
            running = null;
        }
        counted = table;
        session.rowCountProperty().set(ImportSession.UNKNOWN);
        session.rowsCountedSoFarProperty().set(0);
        if (table == null) {
            session.countingRowsProperty().set(false);
            return;
        }
        session.countingRowsProperty().set(true);
        if (table.file().size() < 0 || table.file().size() >= COUNTED_AT_ONCE_BELOW_BYTES) {
            standAside();
        }
        running = tasks.run(progress -> count(table, progress))
                .onProgress(done -> {
                    if (counted == table) {
                        session.rowsCountedSoFarProperty().set(done);
                    }
                })
                .onSuccess(rows -> {
                    if (counted == table && rows >= 0) {
                        session.rowCountProperty().set(rows);
                    }
                })
                .onError(error -> LOG.info("Rows of {} could not be counted: {}", table.file().name(), error.getMessage()))
                .andFinally(() -> {
                    if (counted == table) {
                        session.countingRowsProperty().set(false);
                    }
                })
                .start();
    }

    /** The data rows below the header, or -1 if cancelled. */
    private long count(ChosenTable table, Tasks.Progress progress) throws SourceException {
        waitWhileAside(progress);
        try (TableSource source = TableSources.open(table.file().path(), table.file().options());
             SheetTable rows = SheetTable.open(source, table.sheet(), OptionalInt.of(table.headerRow()))) {
            long count = 0;
            Row row;
            while ((row = rows.nextDataRow()) != null) {
                count++;
                if (count % PROGRESS_EVERY == 0) {
                    waitWhileAside(progress);
                    if (progress.isCancelled()) {
                        return -1;
                    }
                    progress.update(count);
                }
            }
            return count;
        } catch (IOException e) {
            throw new SourceException(SourceException.Problem.NOT_READABLE, e.getMessage(), e);
        }
    }

    private void waitWhileAside(Tasks.Progress progress) {
        long left;
        while ((left = asideUntil - System.nanoTime()) > 0 && !progress.isCancelled()) {
            LockSupport.parkNanos(left);
        }
    }
}
