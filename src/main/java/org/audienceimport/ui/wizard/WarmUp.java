package org.audienceimport.ui.wizard;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the app's one-time costs early, on a background thread, while the user is still on step 1: the first
 * file read and the later steps' first showing used to hold up the window while classes were loaded and code
 * ran interpreted for the first time. Each job is one such cost ({@link ViewWarmUp}, the file readers'
 * warm-up); what they leave behind is loaded classes and compiled code, nothing the app uses directly.
 *
 * <p>It runs on one daemon thread of the lowest priority, stops between jobs when cancelled, and a job that
 * fails is only logged: the work it stood for is then done as before, when first needed. The priority is only
 * a hint (Linux JVMs ignore it): while the warm-up runs, a second or two after the window appears, it shares
 * the processor with the rest of the app.
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    /** One thing to do early; {@code name} is for the log. */
    public record Job(String name, Work work) {
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final List<Job> jobs;
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile boolean cancelled;
    private Thread thread;

    /** @param jobs in the order their results will be needed */
    public WarmUp(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    /** Starts on a daemon thread of the lowest priority; does nothing if already started or cancelled. */
    public synchronized void start() {
        if (thread != null || cancelled) {
            return;
        }
        thread = new Thread(this::run, "audience-import-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Stops after the job under way (the app is closing), or before the first if not started. */
    public synchronized void cancel() {
        cancelled = true;
        if (thread != null) {
            thread.interrupt();
        } else {
            finished.complete(0);
        }
    }

    /** Completes with the number of jobs done once the warm-up has ended, cancelled or not. */
    public CompletableFuture<Integer> finished() {
        return finished.copy();
    }

    /** Does every job on the calling thread; what fails is logged and the rest still done. */
    public int run() {
        long began = System.nanoTime();
        int done = 0;
        try {
            for (Job job : jobs) {
                if (cancelled || Thread.currentThread().isInterrupted()) {
                    LOG.debug("Warm-up cancelled after {} jobs", done);
                    return done;
                }
                try {
                    job.work().run();
                    done++;
                } catch (Exception | LinkageError | StackOverflowError e) {
                    LOG.warn("{} could not be warmed up; that is done when first needed instead", job.name(), e);
                }
            }
            LOG.debug("Warmed up {} of {} in {} ms", done, jobs.size(), (System.nanoTime() - began) / 1_000_000);
            return done;
        } finally {
            finished.complete(done);
        }
    }
}
