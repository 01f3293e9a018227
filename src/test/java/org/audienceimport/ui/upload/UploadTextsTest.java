package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.audienceimport.ui.common.Messages;
import org.audienceimport.upload.EngineState;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.pace.RateWindowState;
import org.junit.jupiter.api.Test;

class UploadTextsTest {

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final UploadTexts texts = new UploadTexts(messages);

    private static Progress progress(long rowsRead, long objectsDone, long objectsTotal, RateWindowState rate,
                                     Optional<Duration> eta) {
        return new Progress(EngineState.SENDING, rowsRead, 3, 10, objectsDone, objectsTotal, 2048, 1_572_864, 0, 0, 0, 0,
                rate, 12.4, 3 * 1024, eta);
    }

    private static RateWindowState rate(int used, int free, Duration next) {
        return new RateWindowState(40, Duration.ofSeconds(60), used, free, next);
    }

    @Test
    void progressReadsAsCountsOfTheTotal() {
        Progress p = progress(0, 1204, 5000, rate(12, 28, Duration.ZERO), Optional.empty());
        assertThat(texts.contacts(p, 5000)).isEqualTo("1,204 of 5,000 contacts sent");
        assertThat(texts.bytes(p)).isEqualTo("2 KB of 1.5 MB");
        assertThat(texts.requests(p)).isEqualTo("Requests: 3 of 10");
        assertThat(texts.throughput(p)).isEqualTo("Speed: 12 contacts/s (3 KB/s)");
        Progress checking = progress(2500, 0, 0, rate(0, 40, Duration.ZERO), Optional.empty());
        assertThat(texts.contacts(checking, 10_000)).isEqualTo("Checking the file: 2,500 of 10,000 rows read…");
        assertThat(texts.contacts(checking, -1)).isEqualTo("Checking the file: 2,500 rows read…");
    }

    @Test
    void theGaugeShowsUsedOfLimitAndCountsDownToTheNextFreeSlot() {
        assertThat(texts.gauge(rate(12, 28, Duration.ZERO))).isEqualTo("12 / 40");
        assertThat(texts.gaugeCaption(rate(12, 28, Duration.ZERO))).isEqualTo("The platform allows this many per 1 min 00 s");
        assertThat(texts.nextSlot(rate(12, 28, Duration.ZERO))).isEqualTo("The next request can go now");
        assertThat(texts.nextSlot(rate(40, 0, Duration.ofMillis(7_200)))).isEqualTo("Next free slot in 8 s");
    }

    @Test
    void etaAndDurationsAreRoundedUpToWholeSeconds() {
        assertThat(texts.eta(progress(0, 1, 2, rate(1, 39, Duration.ZERO), Optional.empty()))).isEqualTo("Time left: estimating…");
        assertThat(texts.eta(progress(0, 1, 2, rate(1, 39, Duration.ZERO), Optional.of(Duration.ofSeconds(125)))))
                .isEqualTo("Time left: about 2 min 05 s");
        assertThat(texts.duration(Duration.ofMillis(1))).isEqualTo("1 s");
        assertThat(texts.duration(Duration.ofMinutes(61))).isEqualTo("1 h 01 min");
    }

    @Test
    void aRetrySaysWhichRequestWhyAndWhen() {
        UploadEvent.Retrying retrying = new UploadEvent.Retrying(progress(0, 1, 2, rate(1, 39, Duration.ZERO), Optional.empty()),
                4, 2, Duration.ofSeconds(5), "the server was busy (503); trying again in 5 seconds");
        assertThat(texts.retry(retrying)).isEqualTo("Request 4, attempt 2: the server was busy (503); trying again in 5 seconds.");
    }

    @Test
    void russianTextsAreThere() {
        messages.setLocale(Messages.RUSSIAN);
        assertThat(texts.nextSlot(rate(40, 0, Duration.ofSeconds(3)))).isEqualTo("Следующий запрос можно отправить через 3 с");
    }
}
