package org.audienceimport.upload.pace;

import java.time.Duration;

/** The passing of time as the pacing code sees it: replaced by a fake in tests so they are exact and fast. */
public interface TimeSource {

    /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}: only differences mean anything. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return new TimeSource() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (duration.isPositive()) {
                    Thread.sleep(duration);
                }
            }
        };
    }
}
