package org.audienceimport.bench.ui;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How one thread has spent its time so far, from Linux's scheduler statistics: on a CPU ({@code ran}) and ready but
 * waiting for one ({@code waited}); and how long the whole JVM has been stopped at safepoints ({@code stopped}:
 * collection pauses and other VM operations). Nanoseconds; -1 where not known. The difference of two readings says
 * what a long gap between pulses was made of: the JavaFX thread's own work, the CPUs busy with other threads or
 * processes, the JVM stopped, or, for the rest, the thread blocked or idle.
 */
record ThreadTimes(long ran, long waited, long stopped) {

    static final ThreadTimes UNKNOWN = new ThreadTimes(-1, -1, -1);

    /** What happened between {@code earlier} and this reading. */
    ThreadTimes minus(ThreadTimes earlier) {
        return new ThreadTimes(difference(ran, earlier.ran), difference(waited, earlier.waited),
                difference(stopped, earlier.stopped));
    }

    private static long difference(long later, long earlier) {
        return later < 0 || earlier < 0 ? -1 : later - earlier;
    }

    /** A line of {@code /proc/<pid>/task/<tid>/schedstat}: time on a CPU, time waiting on a run queue, time slices. */
    static ThreadTimes parse(String schedstat, long stopped) {
        String[] fields = schedstat.trim().split("\\s+");
        if (fields.length < 2) {
            return new ThreadTimes(-1, -1, stopped);
        }
        return new ThreadTimes(Long.parseLong(fields[0]), Long.parseLong(fields[1]), stopped);
    }

    /**
     * Reads the times of the thread that first calls it (the file is opened then: {@code /proc/thread-self} names the
     * thread that opens it). About 2 µs a reading, so it can be read every pulse.
     */
    static final class Reader implements Supplier<ThreadTimes> {
        private final ByteBuffer buffer = ByteBuffer.allocate(128);
        private final Supplier<Long> safepointMillis = safepoints();
        private FileChannel schedstat;
        private boolean unavailable;

        @Override
        public ThreadTimes get() {
            long stopped = safepointMillis.get();
            stopped = stopped < 0 ? -1 : TimeUnit.MILLISECONDS.toNanos(stopped);
            if (unavailable) {
                return new ThreadTimes(-1, -1, stopped);
            }
            try {
                if (schedstat == null) {
                    schedstat = FileChannel.open(Path.of("/proc/thread-self/schedstat"));
                }
                buffer.clear();
                schedstat.read(buffer, 0);
                return parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII), stopped);
            } catch (IOException | RuntimeException e) {
                unavailable = true; // not Linux, or no scheduler statistics in this kernel
                return new ThreadTimes(-1, -1, stopped);
            }
        }

        /**
         * HotSpot's total safepoint time in milliseconds, through its internal management bean: the bench's command
         * line exports {@code sun.management} for it. -1 where that is not so.
         */
        private static Supplier<Long> safepoints() {
            try {
                Object bean = Class.forName("sun.management.ManagementFactoryHelper").getMethod("getHotspotRuntimeMBean")
                        .invoke(null);
                Method total = Class.forName("sun.management.HotspotRuntimeMBean").getMethod("getTotalSafepointTime");
                total.invoke(bean);
                return () -> {
                    try {
                        return (Long) total.invoke(bean);
                    } catch (ReflectiveOperationException e) {
                        return -1L;
                    }
                };
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return () -> -1L;
            }
        }
    }
}
