package org.audienceimport.upload.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.audienceimport.upload.RateLimit;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private final FakeTime time = new FakeTime();

    @Test
    void theMarginIsTwoPercentWithAFloorForShortWindows() {
        assertThat(RateWindow.margin(Duration.ofSeconds(60))).isEqualTo(Duration.ofMillis(1200));
        assertThat(RateWindow.margin(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(50));
        assertThat(RateWindow.margin(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(100));
        // Never more than 5% of a very short window.
        assertThat(RateWindow.margin(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(25));
    }

    @Test
    void theFirstNRequestsGoAtOnceAndTheNextWaitsAWindowPlusTheMarginAfterTheFirstEnded() throws Exception {
        RateWindow window = new RateWindow(new RateLimit(3, Duration.ofSeconds(60)), time);
        for (int i = 0; i < 3; i++) {
            assertThat(window.delayBeforeNext()).isZero();
            try (RateWindow.Slot slot = window.acquire()) {
                time.advance(Duration.ofMillis(100));
            }
        }
        // The first ended at +100 ms; now is +300 ms: wait 60 s + 1.2 s margin - 200 ms.
        assertThat(window.delayBeforeNext()).isEqualTo(Duration.ofMillis(61_000));
        assertThat(window.tryAcquire()).isEmpty();
        RateWindowState state = window.state();
        assertThat(state.used()).isEqualTo(3);
        assertThat(state.free()).isZero();
        assertThat(state.limit()).isEqualTo(3);
        assertThat(state.nextSlotIn()).isEqualTo(Duration.ofMillis(61_000));

        window.acquire().close();
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(61_000));
    }

    @Test
    void aRequestOnTheLineHoldsItsSlot() {
        RateWindow window = new RateWindow(new RateLimit(1, Duration.ofSeconds(1)), time);
        RateWindow.Slot slot = window.tryAcquire().orElseThrow();
        assertThat(window.state().used()).isEqualTo(1);
        assertThat(window.tryAcquire()).isEmpty();
        time.advance(Duration.ofSeconds(5));
        // Still on the line after 5 s: the slot frees only a window after the request ends.
        assertThat(window.delayBeforeNext()).isEqualTo(Duration.ofMillis(1050));
        slot.close();
        assertThat(window.delayBeforeNext()).isEqualTo(Duration.ofMillis(1050));
        time.advance(Duration.ofMillis(1050));
        assertThat(window.state()).isEqualTo(new RateWindowState(1, Duration.ofSeconds(1), 0, 1, Duration.ZERO));
    }

    /**
     * A strict server counts arrivals, which lie between a request's start and its end. Whatever the
     * latencies, no window of the server's length (plus nothing) ever holds more than N arrivals.
     */
    @Test
    void noServerWindowEverSeesMoreThanNArrivals() throws Exception {
        Random random = new Random(42);
        RateLimit limit = new RateLimit(5, Duration.ofSeconds(1));
        RateWindow window = new RateWindow(limit, time);
        List<long[]> requests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long start;
            long end;
            try (RateWindow.Slot slot = window.acquire()) {
                start = time.nanoTime();
                time.advance(Duration.ofMillis(random.nextInt(random.nextBoolean() ? 5 : 900)));
                end = time.nanoTime();
            }
            requests.add(new long[] {start, end});
            if (random.nextInt(4) == 0) {
                time.advance(Duration.ofMillis(random.nextInt(300)));
            }
        }
        // The worst case for the client: each request arrives as late as possible, except that the one
        // N later arrives as early as possible.
        long windowNanos = limit.window().toNanos();
        for (int i = 0; i + limit.requests() < requests.size(); i++) {
            long latestArrival = requests.get(i)[1];
            long earliestArrivalNPlaceLater = requests.get(i + limit.requests())[0];
            assertThat(earliestArrivalNPlaceLater - latestArrival).as("request %d", i)
                    .isGreaterThanOrEqualTo(windowNanos + RateWindow.margin(limit.window()).toNanos());
        }
        // And pacing costs nothing beyond the margin: 400 requests at 5/s take about 80 windows.
        assertThat(time.nanoTime() - requests.getFirst()[0]).isLessThan(Duration.ofSeconds(400 / 5 * 2).toNanos());
    }

    @Test
    void requestsOfAnEarlierRunStillCount() {
        RateWindow window = new RateWindow(new RateLimit(2, Duration.ofSeconds(10)), time);
        window.recordEarlier(Duration.ofSeconds(4));
        window.recordEarlier(Duration.ofSeconds(8));
        window.recordEarlier(Duration.ofSeconds(30));
        assertThat(window.state().used()).isEqualTo(2);
        // The older one (8 s ago) frees first: 10 s + 200 ms margin - 8 s.
        assertThat(window.delayBeforeNext()).isEqualTo(Duration.ofMillis(2200));
    }

    @Test
    void inRealTimeAScaledWindowKeepsItsPace() throws Exception {
        RateLimit limit = new RateLimit(5, Duration.ofMillis(500));
        RateWindow window = new RateWindow(limit, TimeSource.system());
        List<Long> starts = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < 12; i++) {
            try (RateWindow.Slot slot = window.acquire()) {
                starts.add(System.nanoTime());
            }
        }
        for (int i = 0; i + 5 < starts.size(); i++) {
            assertThat(starts.get(i + 5) - starts.get(i)).isGreaterThanOrEqualTo(Duration.ofMillis(500).toNanos());
        }
        // 12 requests at 5 per 500 ms: two full waits.
        assertThat(System.nanoTime() - began).isGreaterThanOrEqualTo(Duration.ofMillis(1000).toNanos());
    }
}
