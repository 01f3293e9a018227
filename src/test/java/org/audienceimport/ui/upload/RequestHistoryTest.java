package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestHistoryTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void requestsAreCountedPerTenSecondsAndOldOnesAreForgotten() {
        RequestHistory history = new RequestHistory();
        long now = 1_000 * SECOND;
        history.record(now - 200 * SECOND);
        history.record(now - 25 * SECOND);
        history.record(now - 5 * SECOND);
        history.record(now - 1 * SECOND);
        history.record(now);

        int[] buckets = history.buckets(now);
        assertThat(buckets).hasSize(RequestHistory.BUCKETS);
        assertThat(buckets[RequestHistory.BUCKETS - 1]).isEqualTo(3);
        assertThat(buckets[RequestHistory.BUCKETS - 3]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(buckets).sum()).isEqualTo(4);

        assertThat(java.util.Arrays.stream(history.buckets(now + 400 * SECOND)).sum()).isZero();
    }
}
