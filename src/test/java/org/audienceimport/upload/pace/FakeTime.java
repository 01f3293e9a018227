package org.audienceimport.upload.pace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that passes only when someone sleeps or the test says so. */
final class FakeTime implements TimeSource {

    private long now = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    synchronized void advance(Duration duration) {
        now += duration.toNanos();
    }
}
