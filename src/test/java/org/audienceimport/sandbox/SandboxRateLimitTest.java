package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.audienceimport.upload.RateLimit;
import org.junit.jupiter.api.Test;

class SandboxRateLimitTest {

    private static final long MS = 1_000_000L;

    @Test
    void aFourthRequestInTheWindowWaitsUntilTheFirstLeavesIt() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withRateLimit(RateLimit.parse("3/1s")));
             SandboxCalls calls = new SandboxCalls(server)) {
            String body = SandboxCalls.body("[{\"email\":\"ann@example.com\"}]");
            for (int i = 0; i < 3; i++) {
                assertThat(calls.importAudience(body).statusCode()).isEqualTo(200);
            }

            HttpResponse<String> refused = calls.importAudience(body);

            assertThat(refused.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isEqualTo(1);
            assertThat(SandboxCalls.json(refused).get("status").asText()).isEqualTo("error");
            assertThat(SandboxCalls.message(refused)).contains("at most 3 in 1 s");

            Thread.sleep(Duration.ofSeconds(retryAfter));
            assertThat(calls.importAudience(body).statusCode()).isEqualTo(200);

            SandboxStats stats = server.stats();
            assertThat(stats.status(200)).isEqualTo(4);
            assertThat(stats.status(429)).isEqualTo(1);
            assertThat(stats.accepted()).isEqualTo(4);
            assertThat(stats.maxRequestsInWindow()).as("the fourth arrival was counted even though refused").isEqualTo(4);
            assertThat(server.profiles()).hasSize(1);
        }
    }

    @Test
    void theLimitIsCheckedOnlyForTheRightShopAfterItsCredentials() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withRateLimit(RateLimit.parse("1/2s")));
             SandboxCalls calls = new SandboxCalls(server)) {
            String wrong = SandboxCalls.body("demo-shop", "wrong", null, "[]");
            assertThat(calls.importAudience(wrong).statusCode()).isEqualTo(400);
            assertThat(calls.importAudience(wrong).statusCode()).as("bad credentials take no place in the window").isEqualTo(400);
            assertThat(calls.importAudience(SandboxCalls.body("[]")).statusCode()).isEqualTo(200);
            assertThat(calls.importAudience(SandboxCalls.body("[]")).statusCode()).isEqualTo(429);
            assertThat(calls.importAudience(wrong).statusCode()).as("credentials come first").isEqualTo(400);
        }
    }

    @Test
    void windowsAreHalfOpenAndOnlyAdmittedRequestsTakeAPlace() {
        RateWindows windows = new RateWindows(RateLimit.parse("2/1000ms"));
        assertThat(windows.admit("shop", 0, 0).admitted()).isTrue();
        assertThat(windows.admit("shop", 400 * MS, 400 * MS).admitted()).isTrue();

        RateWindows.Admission refused = windows.admit("shop", 700 * MS, 710 * MS);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(290));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(windows.admit("other-shop", 700 * MS, 700 * MS).admitted()).as("the limit is per shop").isTrue();

        assertThat(windows.admit("shop", 1000 * MS, 1000 * MS).admitted()).as("the first request left at exactly 1 s").isTrue();
        assertThat(windows.admit("shop", 1300 * MS, 1300 * MS).admitted()).isFalse();
        assertThat(windows.admit("shop", 1400 * MS, 1400 * MS).admitted()).isTrue();
    }

    @Test
    void aRequestReadConcurrentlyThatArrivedEarlierStillCounts() {
        RateWindows windows = new RateWindows(RateLimit.parse("2/1s"));
        assertThat(windows.admit("shop", 500 * MS, 600 * MS).admitted()).isTrue();
        assertThat(windows.admit("shop", 100 * MS, 700 * MS).admitted()).as("arrived earlier, finished reading later").isTrue();
        RateWindows.Admission third = windows.admit("shop", 800 * MS, 800 * MS);
        assertThat(third.admitted()).isFalse();
        assertThat(third.retryAfter()).as("until the request that arrived at 100 ms leaves").isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        RateWindows windows = new RateWindows(RateLimit.parse("1/60s"));
        windows.admit("shop", 0, 0);
        assertThat(windows.admit("shop", 10 * MS, 10 * MS).retryAfterSeconds()).isEqualTo(60);
        assertThat(windows.admit("shop", 30_500 * MS, 30_500 * MS).retryAfterSeconds()).isEqualTo(30);
    }
}
