package org.audienceimport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GarbageCollectionsTest {

    @Test
    void aCollectionIsReportedWithTheHeapLeftAfterItAndNoneOnceClosed() throws InterruptedException {
        List<GarbageCollections.Collection> seen = new CopyOnWriteArrayList<>();
        byte[] kept = new byte[8 * 1024 * 1024];
        try (GarbageCollections collections = new GarbageCollections(seen::add)) {
            System.gc();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.stream().noneMatch(c -> !c.concurrent()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        GarbageCollections.Collection pause = seen.stream().filter(c -> !c.concurrent()).findFirst().orElseThrow();
        // The array above is alive through the collection, so the heap left after it holds at least that.
        assertThat(pause.heapAfter()).isGreaterThanOrEqualTo(kept.length);
        assertThat(pause.pauseMillis()).isNotNegative();

        int before = seen.size();
        System.gc();
        Thread.sleep(300);
        assertThat(seen).hasSize(before);
    }

    @Test
    void g1sRemarkAndCleanupArePausesAndOnlyAWholeConcurrentCycleIsNot() {
        // The actions the JDK's collectors report (G1 young and full, G1's Remark and Cleanup, ZGC's cycle and pause).
        assertThat(GarbageCollections.isConcurrentCycle("end of minor GC")).isFalse();
        assertThat(GarbageCollections.isConcurrentCycle("end of major GC")).isFalse();
        assertThat(GarbageCollections.isConcurrentCycle("end of concurrent GC pause")).isFalse();
        assertThat(GarbageCollections.isConcurrentCycle("end of GC pause")).isFalse();
        assertThat(GarbageCollections.isConcurrentCycle("end of GC cycle")).isTrue();
        assertThat(GarbageCollections.isMarkingPause("end of concurrent GC pause")).isTrue();
        assertThat(GarbageCollections.isMarkingPause("end of minor GC")).isFalse();
        assertThat(GarbageCollections.isMarkingPause("end of GC pause")).isFalse();
    }
}
