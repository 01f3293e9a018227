package org.audienceimport.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Tells a benchmark of every garbage collection while it is open, as the JVM reports them (after the fact, on a
 * thread of the JVM's own): the heap left after it and, for a pause, how long the application was stopped.
 */
public final class GarbageCollections implements AutoCloseable {

    /**
     * One collection.
     *
     * @param heapAfter     bytes of heap in use once it ended (metaspace and code left out)
     * @param pauseMillis   how long it stopped the application; 0 for a concurrent cycle, which runs beside it
     * @param concurrent    a concurrent collector's whole cycle rather than a pause
     * @param ofMarking     one of the two pauses (Remark, Cleanup) with which G1 ends a concurrent marking
     */
    public record Collection(long heapAfter, long pauseMillis, boolean concurrent, boolean ofMarking) {
    }

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;

    /** Starts listening; {@code seen} is called on the JVM's notification thread. */
    public GarbageCollections(Consumer<Collection> seen) {
        listener = (notification, handback) -> collection(notification).ifPresent(seen);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private static Optional<Collection> collection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return Optional.empty();
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        boolean concurrent = isConcurrentCycle(info.getGcAction());
        return Optional.of(new Collection(after, concurrent ? 0 : info.getGcInfo().getDuration(), concurrent,
                isMarkingPause(info.getGcAction())));
    }

    /**
     * Whether a notification tells of a whole concurrent cycle (ZGC's and Shenandoah's "end of GC cycle"), which runs
     * beside the application, rather than of a pause. Not by the collector's name: G1's "G1 Concurrent GC" tells of
     * its Remark and Cleanup pauses ("end of concurrent GC pause"), which stop the application like any other.
     */
    static boolean isConcurrentCycle(String gcAction) {
        return gcAction.contains("cycle");
    }

    /** Whether a pause is one of G1's Remark and Cleanup, which its "G1 Concurrent GC" bean reports as this action. */
    static boolean isMarkingPause(String gcAction) {
        return gcAction.equals("end of concurrent GC pause");
    }

    private static boolean isHeapPool(String name) {
        return !(name.contains("Metaspace") || name.contains("Code") || name.contains("Class Space"));
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing left to remove.
            }
        }
    }
}
