package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    private static String audience(int first, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = first; i < first + count; i++) {
            json.append(i == first ? "" : ",").append("{\"email\":\"person").append(i).append("@example.com\",\"age\":").append(i).append('}');
        }
        return json.append(']').toString();
    }

    @Test
    void everyNthRequestFailsInTurnWith500And503AndStoresNothing() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withFailEvery(2));
             SandboxCalls calls = new SandboxCalls(server)) {
            List<Integer> statuses = new ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                statuses.add(calls.importAudience(SandboxCalls.body(audience(batch * 10, 10))).statusCode());
            }

            assertThat(statuses).containsExactly(200, 500, 200, 503);
            assertThat(server.profiles()).hasSize(20);
            assertThat(server.profileWithEmail("person10@example.com")).as("batch 2 failed").isEmpty();
            assertThat(server.profileWithEmail("person20@example.com")).isPresent();
            assertThat(server.stats().status(500)).isEqualTo(1);
            assertThat(server.stats().status(503)).isEqualTo(1);
            assertThat(server.stats().accepted()).isEqualTo(2);
        }
    }

    @Test
    void injectedFailuresComeAfterTheCredentialCheckAndCanTakeOtherStatuses() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withFailEvery(1).withFailStatus(503));
             SandboxCalls calls = new SandboxCalls(server)) {
            HttpResponse<String> wrong = calls.importAudience(SandboxCalls.body("demo-shop", "wrong", null, "[]"));
            assertThat(SandboxCalls.message(wrong)).isEqualTo("Shop not found");
            HttpResponse<String> failed = calls.importAudience(SandboxCalls.body(audience(0, 1)));
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(SandboxCalls.json(failed).get("status").asText()).isEqualTo("error");
            assertThat(server.profiles()).isEmpty();
        }
    }

    @Test
    void aDroppedConnectionWasStoredAndAResentBatchUpdatesRatherThanDuplicates() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withDropEvery(2));
             SandboxCalls calls = new SandboxCalls(server)) {
            assertThat(calls.importAudience(SandboxCalls.body(audience(0, 5))).statusCode()).isEqualTo(200);
            String second = SandboxCalls.body(audience(5, 5));

            assertThatThrownBy(() -> calls.importAudience(second)).isInstanceOf(IOException.class);
            assertThat(server.profiles()).as("accepted, though the client never heard").hasSize(10);

            assertThat(calls.importAudience(second).statusCode()).as("the client re-sends the batch").isEqualTo(200);
            assertThat(server.profiles()).hasSize(10);
            assertThat(server.profileWithEmail("person7@example.com").orElseThrow().updates()).isEqualTo(2);
            SandboxStats stats = server.stats();
            assertThat(stats.droppedConnections()).isEqualTo(1);
            assertThat(stats.accepted()).isEqualTo(3);
            assertThat(stats.objectsAccepted()).isEqualTo(15);
            assertThat(stats.status(200)).isEqualTo(2);
        }
    }

    @Test
    void addedLatencyDelaysEveryAnswer() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withLatency(Duration.ofMillis(300)));
             SandboxCalls calls = new SandboxCalls(server)) {
            long started = System.nanoTime();
            assertThat(calls.importAudience(SandboxCalls.body(audience(0, 1))).statusCode()).isEqualTo(200);
            assertThat(calls.importAudience(SandboxCalls.body("demo-shop", "wrong", null, "[]")).statusCode()).isEqualTo(400);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        }
    }

    @Test
    void aSlowLinkReadsBodiesAtAboutTheGivenSpeed() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.defaults().withBytesPerSecond(20_000));
             SandboxCalls calls = new SandboxCalls(server)) {
            String body = SandboxCalls.body(audience(0, 250));
            assertThat(body.length()).isGreaterThan(10_000);
            long started = System.nanoTime();
            assertThat(calls.importAudience(body).statusCode()).isEqualTo(200);
            long expectedMillis = body.length() * 1000L / 20_000;
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(expectedMillis - 100));
            assertThat(server.profiles()).hasSize(250);
        }
    }
}
