package org.audienceimport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap during a pass. Two figures: the highest heap use sampled (garbage included, so an
 * upper bound) and the highest heap left after a collection (close to the live data a reader holds).
 */
final class HeapWatch implements AutoCloseable {

    /** Peaks in bytes over the watched period. */
    record Peak(long sampledUsed, long afterGc) {
    }

    private static final long SAMPLE_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final GarbageCollections collections =
            new GarbageCollections(collection -> afterGcPeak.accumulateAndGet(collection.heapAfter(), Math::max));
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    /** Starts a new period: collects garbage first so every pass starts from the same heap. */
    void reset() {
        memory.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        sampledPeak.set(used);
        afterGcPeak.set(used);
    }

    Peak peak() {
        sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Peak(sampledPeak.get(), afterGcPeak.get());
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    private void sample() {
        while (running) {
            sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        collections.close();
    }
}
