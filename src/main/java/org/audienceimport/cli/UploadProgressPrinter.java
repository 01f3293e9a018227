package org.audienceimport.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.audienceimport.upload.Progress;
import org.audienceimport.upload.ProgressListener;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.pace.Durations;

/**
 * The upload's progress on stderr: on a terminal, one line redrawn in place; otherwise (a log, a pipe)
 * one plain line per batch and per retry, pause or rejection.
 */
final class UploadProgressPrinter implements ProgressListener {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastDraw;
    private int lastWidth;
    private boolean preparingShown;

    UploadProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onEvent(UploadEvent event) {
        switch (event) {
            case UploadEvent.Preparing preparing -> {
                if (terminal) {
                    draw(String.format(Locale.US, "Checking the file\u2026 %,d rows", preparing.progress().rowsRead()), false);
                } else if (!preparingShown) {
                    preparingShown = true;
                    err.println("Checking the file and packing the requests\u2026");
                }
            }
            case UploadEvent.Started started -> line(startedLine(started.progress(), started.resumed()));
            case UploadEvent.BatchAccepted accepted -> {
                if (terminal) {
                    draw(bar(accepted.progress(), ""), false);
                } else {
                    Progress p = accepted.progress();
                    line(String.format(Locale.US, "Batch %d%s accepted: %,d contacts; %,d of %,d done (%d of %d requests)%s",
                            accepted.batch(), accepted.part().isEmpty() ? "" : " (part " + accepted.part() + ")",
                            accepted.objects(), p.objectsDone(), p.objectsTotal(), p.batchesDone(), p.batchesTotal(),
                            p.eta().map(eta -> ", about " + Durations.words(eta) + " left").orElse("")));
                }
            }
            case UploadEvent.Waiting waiting -> {
                if (terminal) {
                    draw(bar(waiting.progress(), " \u00b7 waiting " + Durations.words(waiting.delay()) + " for the rate limit"), false);
                }
            }
            case UploadEvent.Retrying retrying -> line("Batch " + retrying.batch() + ": " + retrying.reason()
                    + " (try " + (retrying.attempt() + 1) + ")");
            case UploadEvent.BatchSplit split -> line("Batch " + split.batch() + ": " + split.reason());
            case UploadEvent.BatchRejected rejected -> line("The server refused " + rejected.rejected().describe() + ": "
                    + rejected.rejected().message());
            case UploadEvent.Paused paused -> line(paused.reason());
            case UploadEvent.Resumed resumed -> line("Going on.");
            case UploadEvent.Ended ended -> {
                if (terminal && lastWidth > 0) {
                    draw(bar(ended.progress(), ""), true);
                }
            }
        }
        err.flush();
    }

    private static String bar(Progress p, String note) {
        int filled = (int) Math.round(p.fraction() * BAR);
        return String.format(Locale.US, "[%s%s] %3d%%  %,d/%,d contacts  %d/%d requests  %,.0f contacts/s%s%s",
                "#".repeat(filled), "-".repeat(BAR - filled), Math.round(p.fraction() * 100), p.objectsDone(),
                p.objectsTotal(), p.batchesDone(), p.batchesTotal(), p.objectsPerSecond(),
                p.eta().map(eta -> "  ETA " + Durations.words(eta)).orElse(""), note);
    }

    /** Redraws the one line, at most ten times a second unless {@code force}. */
    private void draw(String text, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
        lastWidth = text.length();
        if (force) {
            err.println();
            lastWidth = 0;
        }
    }

    /** A message of its own: on a terminal it goes above the progress line. */
    private void line(String text) {
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        err.println(text);
    }

    /** What the run is about to do, saying plainly when an earlier run already sent some or all of it. */
    static String startedLine(Progress progress, boolean resumed) {
        long remaining = progress.objectsTotal() - progress.objectsAlreadySent();
        String requests = String.format(Locale.US, "%,d request%s", progress.batchesTotal(), progress.batchesTotal() == 1 ? "" : "s");
        if (!resumed && progress.batchesAlreadySent() == 0) {
            return String.format(Locale.US, "Sending %,d contacts in %s", progress.objectsTotal(), requests);
        }
        if (progress.objectsAlreadySent() == 0) {
            return String.format(Locale.US, "An earlier run stopped before any contact was confirmed as received;"
                    + " sending all %,d contacts in %s", progress.objectsTotal(), requests);
        }
        if (remaining <= 0) {
            return String.format(Locale.US, "An earlier run already sent all %,d contacts; nothing is left to send"
                    + " (use --send-all to send them again)", progress.objectsTotal());
        }
        return String.format(Locale.US, "Going on: an earlier run already sent %,d of %,d contacts; sending the other %,d",
                progress.objectsAlreadySent(), progress.objectsTotal(), remaining);
    }
}
