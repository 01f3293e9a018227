package org.audienceimport.ui.common;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Linux's scheduler for short time slices for the window's threads: the JavaFX thread and JavaFX's render
 * thread. Since Linux 6.12 a thread may name its slice; a shorter one than the others' lets it take a processor from a
 * thread of the same priority as soon as it wakes, instead of waiting for that thread's slice (1.5 ms on two cores)
 * to run out. While a file is checked or sent on a two-core machine, the background threads and the collector's keep
 * both cores busy, and the JavaFX thread waited for a core 35 to 57 ms in some gaps between pulses (the UI
 * benchmark's figures). Its share of the processor is the same as before; only its wait on waking is shorter.
 *
 * <p>Best effort: elsewhere than Linux on x86-64 or ARM64, on older kernels, or where the native call is not allowed,
 * nothing changes and the reason is logged at debug level.
 */
public final class ShortTimeSlices {

    /** The kernel's shortest slice is 0.1 ms; this leaves a pulse's work a few slices at a time. */
    public static final Duration SLICE = Duration.ofNanos(500_000);

    private static final Logger LOG = LoggerFactory.getLogger(ShortTimeSlices.class);
    /** sched_attr as of Linux 4.13 (with the utilisation clamps); the kernel reads the size from its first field. */
    private static final int ATTR_SIZE = 56;
    private static final long RUNTIME_OFFSET = 24;
    private static final int POLICY_OFFSET = 4;
    private static final int SCHED_OTHER = 0;
    private static final int SCHED_BATCH = 3;
    /** Threads name themselves up to 15 characters in /proc: JavaFX's render thread is "QuantumRenderer-0". */
    private static final String RENDERER = "QuantumRenderer";

    private ShortTimeSlices() {
    }

    /**
     * For the calling thread (meant to be the JavaFX thread) and JavaFX's render thread; whether the calling thread's
     * was set.
     */
    public static boolean requestForWindowThreads() {
        Optional<Syscalls> syscalls = Syscalls.forThisMachine();
        if (syscalls.isEmpty()) {
            LOG.debug("No short time slices: not Linux on x86-64 or ARM64");
            return false;
        }
        for (long renderer : threadsNamed(RENDERER)) {
            request(syscalls.get(), renderer, "render thread " + renderer);
        }
        return request(syscalls.get(), 0, "calling thread");
    }

    /** The slice the calling thread has now, in nanoseconds; empty where it cannot be read. */
    static Optional<Long> currentSlice() {
        return Syscalls.forThisMachine().flatMap(syscalls -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment attr = arena.allocate(ATTR_SIZE);
                return syscalls.get(0, attr) ? Optional.of(attr.get(ValueLayout.JAVA_LONG_UNALIGNED, RUNTIME_OFFSET))
                        : Optional.empty();
            }
        });
    }

    private static boolean request(Syscalls syscalls, long thread, String which) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = arena.allocate(ATTR_SIZE);
            // Read first, so that the thread's policy and nice value are written back as they are.
            if (!syscalls.get(thread, attr)) {
                LOG.debug("No short time slice for the {}: its scheduling could not be read", which);
                return false;
            }
            int policy = attr.get(ValueLayout.JAVA_INT_UNALIGNED, POLICY_OFFSET);
            if (policy != SCHED_OTHER && policy != SCHED_BATCH) {
                return false; // real-time or idle already: not ours to change
            }
            attr.set(ValueLayout.JAVA_INT_UNALIGNED, 0, ATTR_SIZE);
            attr.set(ValueLayout.JAVA_LONG_UNALIGNED, RUNTIME_OFFSET, SLICE.toNanos());
            boolean set = syscalls.set(thread, attr);
            LOG.debug(set ? "Short time slice for the {}" : "No short time slice for the {}: refused", which);
            return set;
        } catch (RuntimeException e) {
            LOG.debug("No short time slice for the {}", which, e);
            return false;
        }
    }

    /** The ids of this process's threads of that name; none where /proc is not there. */
    private static List<Long> threadsNamed(String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip().equals(name);
                } catch (IOException e) {
                    return false; // the thread ended meanwhile
                }
            }).map(task -> Long.parseLong(task.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** sched_getattr and sched_setattr, through libc's syscall(): glibc has no wrappers for them. */
    private record Syscalls(MethodHandle syscall, long getattr, long setattr) {

        static Optional<Syscalls> forThisMachine() {
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                return Optional.empty();
            }
            String arch = System.getProperty("os.arch", "");
            long[] numbers = switch (arch) {
                case "amd64", "x86_64" -> new long[] {315, 314};
                case "aarch64" -> new long[] {275, 274};
                default -> null;
            };
            if (numbers == null) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                MethodHandle syscall = linker.downcallHandle(linker.defaultLookup().find("syscall").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                        Linker.Option.firstVariadicArg(1));
                return Optional.of(new Syscalls(syscall, numbers[0], numbers[1]));
            } catch (RuntimeException e) {
                LOG.debug("No native access for short time slices", e);
                return Optional.empty();
            }
        }

        boolean get(long thread, MemorySegment attr) {
            return call(getattr, thread, attr, ATTR_SIZE);
        }

        boolean set(long thread, MemorySegment attr) {
            return call(setattr, thread, attr, 0);
        }

        private boolean call(long number, long thread, MemorySegment attr, long third) {
            try {
                return (long) syscall.invokeExact(number, thread, attr, third, 0L) == 0;
            } catch (Throwable e) {
                return false;
            }
        }
    }
}
