package org.audienceimport.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void readsTheUsualForms() {
        assertThat(RateLimit.parse("40/60s")).isEqualTo(RateLimit.PLATFORM);
        assertThat(RateLimit.parse("5/3s")).isEqualTo(new RateLimit(5, Duration.ofSeconds(3)));
        assertThat(RateLimit.parse("20/1m")).isEqualTo(new RateLimit(20, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse(" 100 / 500ms ")).isEqualTo(new RateLimit(100, Duration.ofMillis(500)));
        assertThat(RateLimit.parse("10/2")).isEqualTo(new RateLimit(10, Duration.ofSeconds(2)));
        assertThat(RateLimit.parse("40/60s")).hasToString("40/60s");
    }

    @Test
    void refusesWhatIsNotARate() {
        assertThatThrownBy(() -> RateLimit.parse("fast")).hasMessageContaining("40/60s");
        assertThatThrownBy(() -> RateLimit.parse("0/60s")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RateLimit.parse("5/0s")).hasMessageContaining("at least 1");
    }
}
