package org.audienceimport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.sandbox.SandboxStats;
import org.audienceimport.upload.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole path a user takes: {@code upload FILE --mapping M} in its own JVM, against the sandbox over real
 * HTTP on loopback, with the server failing now and then (500, 503) and dropping connections after storing
 * (the client never hears that the batch was accepted, and sends it again). The account must end holding
 * every valid row exactly, and the client must never have drawn a 429, overrun the window or sent a body
 * over the limit.
 */
class UploadAgainstSandboxTest {

    private static final int ROWS = 10_000;
    private static final long MAX_REQUEST_BYTES = 60_000;
    private static final RateLimit RATE = RateLimit.parse("10/1s");
    private static final String SHOP = "e2e-shop";
    private static final String SECRET = "e2e-secret-3b1f0c9a";
    private static final String SECRET_VARIABLE = "AUDIENCE_IMPORT_E2E_SECRET";

    @TempDir
    Path dir;

    @Test
    void everyValidRowEndsInTheAccountExactlyDespiteFailuresAndDrops(TestReporter reporter) throws Exception {
        GeneratedAudience audience = GeneratedAudience.write(dir, ROWS);
        SandboxSettings settings = SandboxSettings.defaults().withShopId(SHOP).withShopSecret(SECRET).withRateLimit(RATE)
                .withMaxRequestBytes(MAX_REQUEST_BYTES).withFailEvery(9).withFailStatus(500, 503).withDropEvery(8);
        try (SandboxServer sandbox = SandboxServer.start(settings)) {
            CliProcess upload = CliProcess.start(dir.resolve("home"), Map.of(SECRET_VARIABLE, SECRET), dir.resolve("output"),
                    "upload", List.of("upload", audience.csv().toString(), "--mapping", audience.mapping().toString(),
                            "--endpoint", sandbox.uri().toString(), "--shop-id", SHOP, "--shop-secret-env", SECRET_VARIABLE,
                            "--rate", RATE.toString(), "--max-request-bytes", Long.toString(MAX_REQUEST_BYTES)));
            int exit;
            try {
                exit = upload.awaitExit(Duration.ofSeconds(90));
            } finally {
                upload.killIfAlive();
            }

            // 3: everything was sent, and some rows were excluded (as the file has rows with neither identifier).
            assertThat(exit).as(upload.stderr()).isEqualTo(3);
            JsonNode summary = new ObjectMapper().readTree(upload.stdout());
            assertThat(summary.get("status").asText()).isEqualTo("finished");
            assertThat(summary.get("complete").asBoolean()).isTrue();
            assertThat(summary.get("rows").asInt()).isEqualTo(ROWS);
            assertThat(summary.get("excluded").asInt()).isEqualTo(audience.excludedRows()).isPositive();
            assertThat(summary.get("duplicates").asInt()).isEqualTo(audience.repeatedRows()).isPositive();
            assertThat(summary.get("objects_total").asInt()).isEqualTo(audience.contacts());
            assertThat(summary.get("objects_sent").asInt()).isEqualTo(audience.contacts());
            int batches = summary.get("batches_total").asInt();
            assertThat(batches).as("batches for a %,d-byte limit", MAX_REQUEST_BYTES).isBetween(20, 40);
            assertThat(summary.get("batches_sent").asInt()).isEqualTo(batches);
            assertThat(summary.get("rejected")).isEmpty();
            assertThat(summary.get("retries").asInt()).isPositive();

            SandboxState.holdsExactly(sandbox, audience);

            SandboxStats stats = sandbox.stats();
            reporter.publishEntry("upload", summary.toString());
            reporter.publishEntry("sandbox", stats.toString());
            assertThat(stats.status(429)).as("429s drawn").isZero();
            assertThat(stats.maxRequestsInWindow()).as("most requests in one window").isLessThanOrEqualTo(RATE.requests());
            assertThat(stats.largestBodyBytes()).as("largest body").isLessThanOrEqualTo(MAX_REQUEST_BYTES);
            assertThat(stats.byStatus().keySet()).as("answers given").containsOnly(200, 500, 503);
            assertThat(stats.status(500) + stats.status(503)).as("injected failures").isPositive();
            assertThat(stats.droppedConnections()).as("dropped connections").isPositive();
            // Every batch was stored once, and each dropped one once more when it was sent again.
            assertThat(stats.accepted()).isEqualTo(batches + stats.droppedConnections());
            assertThat(stats.status(200)).isEqualTo(batches);
            assertThat(summary.get("retries").asLong())
                    .isEqualTo(stats.status(500) + stats.status(503) + stats.droppedConnections());
            assertThat(upload.stdout() + upload.stderr()).doesNotContain(SECRET);
        }
    }
}
