package org.audienceimport.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

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
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener gcListener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(gcListener, null, null);
                emitters.add(emitter);
            }
        }
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

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        afterGcPeak.accumulateAndGet(after, Math::max);
    }

    private static boolean isHeapPool(String name) {
        return !(name.contains("Metaspace") || name.contains("Code") || name.contains("Class Space")
                || name.contains("CodeHeap"));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(gcListener);
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing left to remove.
            }
        }
    }
}
