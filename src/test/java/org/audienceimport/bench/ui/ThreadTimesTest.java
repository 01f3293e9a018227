package org.audienceimport.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ThreadTimesTest {

    @Test
    void aSchedstatLineIsTimeOnACpuThenTimeWaitingForOne() {
        assertThat(ThreadTimes.parse("5232304 14918 2\n", 7)).isEqualTo(new ThreadTimes(5_232_304, 14_918, 7));
        assertThat(ThreadTimes.parse("", 7)).isEqualTo(new ThreadTimes(-1, -1, 7));
    }

    @Test
    void aDifferenceIsUnknownWhereEitherReadingIs() {
        assertThat(new ThreadTimes(50, 20, 9).minus(new ThreadTimes(10, 5, -1))).isEqualTo(new ThreadTimes(40, 15, -1));
    }

    @Test
    void theReaderSeesTheCallingThreadsCpuTimeGrowAsItWorks() {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "no per-thread scheduler statistics here");
        ThreadTimes.Reader reader = new ThreadTimes.Reader();
        ThreadTimes before = reader.get();
        long sum = 0;
        long until = System.nanoTime() + 50_000_000;
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }
        ThreadTimes spent = reader.get().minus(before);

        assertThat(sum).isPositive();
        // 50 ms of work on this thread: most of it on a CPU, whatever else the machine is doing.
        assertThat(spent.ran()).isBetween(10_000_000L, 1_000_000_000L);
        assertThat(spent.waited()).isNotNegative();
    }
}
