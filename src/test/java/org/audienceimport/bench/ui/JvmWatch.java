package org.audienceimport.bench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.audienceimport.bench.GarbageCollections;

/**
 * What the JVM did in each phase besides the JavaFX thread's own work: the heap used (sampled, garbage
 * included, and what was left after each collection), the longest collection pause (which stops the JavaFX
 * thread too), and, whenever a pulse is overdue, where the JavaFX thread is: the stacks most often seen
 * there name the work that holds it up.
 */
final class JvmWatch implements AutoCloseable {

    private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** Per phase: bytes and milliseconds. */
    static final class Figures {
        final AtomicLong heapPeak = new AtomicLong();
        final AtomicLong heapAfterGc = new AtomicLong();
        final AtomicLong longestGcPause = new AtomicLong();
        final AtomicLong gcPauses = new AtomicLong();
        /** G1's Remark and Cleanup pauses: each concurrent marking that runs to its end makes one of each. */
        final AtomicLong markingPauses = new AtomicLong();
        final Map<String, AtomicLong> overdueStacks = new ConcurrentHashMap<>();
        /** The same, per stall: keyed by the time of the pulse the stall began after. */
        final Map<Long, Map<String, AtomicLong>> stallStacks = new ConcurrentHashMap<>();
        /** The renderer's stacks in the same samples, per stall. */
        final Map<Long, Map<String, AtomicLong>> rendererStallStacks = new ConcurrentHashMap<>();

        /** The JavaFX thread's stacks seen most often during one stall. */
        List<Map.Entry<String, Long>> stacksDuring(long stallStart, int limit) {
            return top(stallStacks.getOrDefault(stallStart, Map.of()), limit);
        }

        /** The renderer's stacks seen most often during one stall. */
        List<Map.Entry<String, Long>> rendererStacksDuring(long stallStart, int limit) {
            return top(rendererStallStacks.getOrDefault(stallStart, Map.of()), limit);
        }

        /** The stacks seen most often while a pulse was overdue, with how often (one sample every 5 ms). */
        List<Map.Entry<String, Long>> topStacks(int limit) {
            return top(overdueStacks, limit);
        }

        private static List<Map.Entry<String, Long>> top(Map<String, AtomicLong> counts, int limit) {
            List<Map.Entry<String, Long>> sorted = new ArrayList<>();
            counts.forEach((stack, count) -> sorted.add(Map.entry(stack, count.get())));
            sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            return sorted.subList(0, Math.min(limit, sorted.size()));
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Map<String, Figures> phases = new LinkedHashMap<>();
    private final GarbageCollections collections = new GarbageCollections(this::collected);
    private final LongSupplier lastPulse;
    private final long overdueNanos;
    private final Thread sampler;
    private volatile Thread fxThread;
    private volatile Thread renderer;
    private volatile Figures current;
    private volatile boolean running = true;

    /**
     * @param lastPulse    when the JavaFX thread last pulsed ({@code System.nanoTime})
     * @param overdueNanos how late a pulse must be before the JavaFX thread's stack is sampled
     */
    JvmWatch(LongSupplier lastPulse, long overdueNanos) {
        this.lastPulse = lastPulse;
        this.overdueNanos = overdueNanos;
        sampler = Thread.ofPlatform().daemon().name("jvm-watch").start(this::sample);
    }

    void watchFxThread(Thread thread) {
        fxThread = thread;
    }

    /**
     * JavaFX's render thread: it draws the frame the JavaFX thread handed over, and the next pulse waits for it, so
     * a gap while the JavaFX thread sits idle can be the renderer's.
     */
    void watchRenderer(Thread thread) {
        renderer = thread;
    }

    synchronized void begin(String phase) {
        Figures figures = new Figures();
        figures.heapPeak.set(memory.getHeapMemoryUsage().getUsed());
        phases.put(phase, figures);
        current = figures;
    }

    synchronized void end() {
        current = null;
    }

    synchronized Figures figures(String phase) {
        return phases.get(phase);
    }

    /**
     * Wakes only as often as it has to: every 5 ms while a pulse is overdue, and otherwise not before the last pulse
     * would become overdue. Woken every 5 ms throughout, this thread took more CPU than the JavaFX thread itself (perf
     * sched: 3.1 s against 2.8 s in 45 s of an upload; a wake-up costs this virtual machine about 0.2 ms), CPU that
     * the JavaFX thread it watches then lacked.
     */
    private void sample() {
        while (running) {
            long waitNanos = SAMPLE_NANOS;
            Figures figures = current;
            if (figures != null) {
                figures.heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread fx = fxThread;
                long last = lastPulse.getAsLong();
                long late = System.nanoTime() - last;
                if (fx != null && last != Long.MIN_VALUE && late > overdueNanos) {
                    String stack = describe(fx.getStackTrace());
                    figures.overdueStacks.computeIfAbsent(stack, k -> new AtomicLong()).incrementAndGet();
                    count(figures.stallStacks, last, stack);
                    Thread drawing = renderer;
                    if (drawing != null) {
                        count(figures.rendererStallStacks, last, describeRenderer(drawing.getStackTrace()));
                    }
                } else if (last != Long.MIN_VALUE) {
                    waitNanos = Math.max(SAMPLE_NANOS, overdueNanos - late);
                }
            }
            try {
                Thread.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void count(Map<Long, Map<String, AtomicLong>> perStall, long stall, String stack) {
        perStall.computeIfAbsent(stall, k -> new ConcurrentHashMap<>()).computeIfAbsent(stack, k -> new AtomicLong())
                .incrementAndGet();
    }

    /**
     * The top of the stack, and what put it there: the first frame of the app's own code, or else the stage of
     * the pulse it is in (CSS, layout, syncing the scene to the renderer, waiting for the renderer).
     */
    private static String describe(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(no stack)";
        }
        String top = frame(stack[0]);
        for (int i = 0; i < stack.length; i++) {
            StackTraceElement frame = stack[i];
            if (frame.getClassName().startsWith("org.audienceimport.")) {
                return top + " … " + frame(frame) + ":" + frame.getLineNumber();
            }
            if (i > 0 && frame.getClassName().endsWith("Scene$ScenePulseListener") && frame.getMethodName().equals("pulse")) {
                return top + " … " + frame(stack[i - 1]) + " (pulse)";
            }
        }
        return top + " … " + frame(stack[stack.length - 1]);
    }

    /** The top of the render thread's stack, and the job of JavaFX's it is in (painting, uploading the pixels). */
    private static String describeRenderer(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(no stack)";
        }
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("com.sun.javafx.tk.quantum.")) {
                return frame(stack[0]) + " … " + frame(frame);
            }
        }
        return frame(stack[0]) + " … " + frame(stack[stack.length - 1]);
    }

    private static String frame(StackTraceElement frame) {
        return frame.getClassName().replaceFirst("^.*\\.", "") + "." + frame.getMethodName();
    }

    private void collected(GarbageCollections.Collection collection) {
        Figures figures = current;
        if (figures == null) {
            return;
        }
        figures.heapAfterGc.accumulateAndGet(collection.heapAfter(), Math::max);
        // The concurrent collector's cycles run beside the application; only the pauses stop it.
        if (!collection.concurrent()) {
            figures.gcPauses.incrementAndGet();
            if (collection.ofMarking()) {
                figures.markingPauses.incrementAndGet();
            }
            figures.longestGcPause.accumulateAndGet(collection.pauseMillis(), Math::max);
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        collections.close();
    }
}
