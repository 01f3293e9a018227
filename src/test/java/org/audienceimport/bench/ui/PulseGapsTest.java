package org.audienceimport.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PulseGapsTest {

    private long now;
    private ThreadTimes times = new ThreadTimes(0, 0, 0);
    private final PulseGaps gaps = new PulseGaps(() -> now, () -> times, TimeUnit.MILLISECONDS.toNanos(100));

    private void pulseAfter(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
        gaps.pulse();
    }

    @Test
    void aGapBelongsToThePhaseInWhichThePulseEndingItArrives() {
        pulseAfter(0);
        pulseAfter(16);
        gaps.begin("reading");
        pulseAfter(250); // the action that started the phase held the thread: counted for "reading"
        pulseAfter(17);
        gaps.begin("checking");
        pulseAfter(16);

        List<PulseGaps.Summary> summaries = gaps.summaries();
        assertThat(summaries).extracting(PulseGaps.Summary::phase).containsExactly("reading", "checking");
        assertThat(summaries.get(0).gaps()).isEqualTo(2);
        assertThat(summaries.get(0).maxGap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(250));
        assertThat(summaries.get(0).gapsOver()).isEqualTo(1);
        assertThat(summaries.get(1).maxGap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(16));
        assertThat(summaries.get(1).gapsOver()).isZero();
        assertThat(summaries.get(0).longest()).containsExactly(new PulseGaps.Stall(TimeUnit.MILLISECONDS.toNanos(16),
                TimeUnit.MILLISECONDS.toNanos(250), 0, new ThreadTimes(0, 0, 0)));
    }

    @Test
    void gapsOverHalfTheThresholdAreKeptLongestFirstButOnlyThoseOverItAreCounted() {
        gaps.begin("uploading");
        pulseAfter(0);
        pulseAfter(49);
        pulseAfter(60);
        pulseAfter(16);
        pulseAfter(120);

        PulseGaps.Summary summary = gaps.summaries().getFirst();
        assertThat(summary.gapsOver()).isEqualTo(1);
        assertThat(summary.longest()).extracting(PulseGaps.Stall::length)
                .containsExactly(TimeUnit.MILLISECONDS.toNanos(120), TimeUnit.MILLISECONDS.toNanos(60));
    }

    @Test
    void theNinetyNinthPercentileIsTheNearestRankAndIgnoresTheOneWorstGapInAHundred() {
        gaps.begin("checking");
        pulseAfter(0);
        for (int i = 0; i < 99; i++) {
            pulseAfter(10 + i % 7);
        }
        pulseAfter(400);

        PulseGaps.Summary summary = gaps.summaries().getFirst();
        assertThat(summary.gaps()).isEqualTo(100);
        assertThat(summary.maxGap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
        assertThat(summary.p99Gap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(16));
        assertThat(summary.medianGap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(13));
    }

    @Test
    void pulsesOutsideAPhaseAreNotCountedAndAPhaseKnowsHowLongItLasted() {
        gaps.begin("reading");
        pulseAfter(5);
        pulseAfter(20);
        gaps.end();
        pulseAfter(900);
        gaps.begin("uploading");
        pulseAfter(30);

        List<PulseGaps.Summary> summaries = gaps.summaries();
        assertThat(summaries.get(0).gaps()).isEqualTo(1);
        assertThat(summaries.get(0).wallTime()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(25));
        assertThat(summaries.get(1).maxGap()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
        assertThat(summaries.get(1).gapsOver()).isZero();
    }

    @Test
    void aStallSaysHowTheThreadSpentItFromTheTimesReadAtThePulsesEitherSide() {
        gaps.begin("checking");
        times = new ThreadTimes(1_000, 500, 70);
        pulseAfter(0);
        times = new ThreadTimes(31_000, 90_500, 2_070);
        pulseAfter(130);
        times = ThreadTimes.UNKNOWN;
        pulseAfter(60);

        List<PulseGaps.Stall> stalls = gaps.summaries().getFirst().longest();
        assertThat(stalls).extracting(PulseGaps.Stall::during)
                .containsExactly(new ThreadTimes(30_000, 90_000, 2_000), ThreadTimes.UNKNOWN);
    }
}
