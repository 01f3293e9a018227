package org.audienceimport.upload;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.audienceimport.text.Text;

/**
 * The requests from other threads (pause, resume, cancel) and the engine thread's waits, which they
 * cut short. A request on the line is interrupted only to abandon it on cancel.
 */
final class EngineControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean pauseWanted;
    private static final Text PAUSED = Text.of("upload.paused");

    private Optional<Text> pauseReason = Optional.empty();
    private boolean pausedByUser;
    private CancelMode cancel;
    private Thread worker;
    private boolean onTheLine;
    private boolean abandoned;

    void bind(Thread thread) {
        lock.lock();
        try {
            worker = thread;
        } finally {
            lock.unlock();
        }
    }

    void pause() {
        lock.lock();
        try {
            if (!pauseWanted) {
                pauseWanted = true;
                pausedByUser = true;
                pauseReason = Optional.of(PAUSED);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The engine pauses itself, e.g. when the retry budget is spent. */
    void pauseBecause(Text reason) {
        lock.lock();
        try {
            pauseWanted = true;
            pausedByUser = false;
            pauseReason = Optional.of(reason);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void resume() {
        lock.lock();
        try {
            pauseWanted = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void cancel(CancelMode mode) {
        lock.lock();
        try {
            if (cancel == null || mode == CancelMode.ABANDON_CURRENT) {
                cancel = mode;
            }
            if (mode == CancelMode.ABANDON_CURRENT && onTheLine && worker != null) {
                abandoned = true;
                worker.interrupt();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean cancelled() {
        lock.lock();
        try {
            return cancel != null;
        } finally {
            lock.unlock();
        }
    }

    boolean pauseWanted() {
        lock.lock();
        try {
            return pauseWanted && cancel == null;
        } finally {
            lock.unlock();
        }
    }

    Text pauseReason() {
        lock.lock();
        try {
            return pauseReason.orElse(PAUSED);
        } finally {
            lock.unlock();
        }
    }

    boolean pausedByUser() {
        lock.lock();
        try {
            return pausedByUser;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks while paused; returns false when cancelled. */
    boolean awaitResume() throws InterruptedException {
        lock.lock();
        try {
            while (pauseWanted && cancel == null) {
                changed.await();
            }
            return cancel == null;
        } finally {
            lock.unlock();
        }
    }

    /** Waits {@code delay}, or less when a pause or a cancel comes; returns true when it waited it all. */
    boolean sleep(Duration delay) throws InterruptedException {
        long nanos = delay.toNanos();
        lock.lock();
        try {
            while (nanos > 0 && !pauseWanted && cancel == null) {
                nanos = changed.awaitNanos(nanos);
            }
            return nanos <= 0 && !pauseWanted && cancel == null;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the start of a request; returns false (and marks nothing) when it must not start. */
    boolean enterRequest() {
        lock.lock();
        try {
            if (cancel != null || pauseWanted) {
                return false;
            }
            onTheLine = true;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the end of a request; clears an interrupt meant for it. Returns whether it was abandoned. */
    boolean leaveRequest() {
        lock.lock();
        try {
            onTheLine = false;
            if (abandoned) {
                Thread.interrupted();
            }
            return abandoned;
        } finally {
            lock.unlock();
        }
    }

    boolean abandoned() {
        lock.lock();
        try {
            return abandoned;
        } finally {
            lock.unlock();
        }
    }
}
