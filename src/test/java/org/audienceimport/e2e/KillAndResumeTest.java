package org.audienceimport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.sandbox.SandboxStats;
import org.audienceimport.upload.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An upload killed outright (SIGKILL: no shutdown hook, no finally block runs) and then run again with the
 * same command sends only the rest: the account ends holding every valid row exactly, and at most one batch
 * reached the server twice (the one on the line when the process died, which the server stored but the
 * journal never heard of).
 *
 * <p>Batches are told apart by what the sandbox stored: its store file has one line per accepted object
 * with the number of the request that brought it, so each accepted request's contents are known. The same
 * file and mapping always pack into the same batches, so a batch sent twice shows as two requests with the
 * same contents (keyed here by the first contact and the count).
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "checks the exit status a SIGKILL gives")
class KillAndResumeTest {

    private static final int ROWS = 3_000;
    private static final long MAX_REQUEST_BYTES = 20_000;
    private static final RateLimit RATE = RateLimit.parse("5/1s");
    private static final String SHOP = "e2e-shop";
    private static final String SECRET = "e2e-secret-kill-7d41";
    private static final String SECRET_VARIABLE = "AUDIENCE_IMPORT_E2E_SECRET";
    /** Accepted batches to wait for before the kill: more than one window's worth, so a wait came between. */
    private static final int ACCEPTED_BEFORE_KILL = 6;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKilledUploadRunAgainSendsOnlyTheRestAndAtMostOneBatchTwice(TestReporter reporter) throws Exception {
        GeneratedAudience audience = GeneratedAudience.write(dir, ROWS);
        Path store = dir.resolve("sandbox-store.jsonl");
        // Latency keeps each request on the line a while after the sandbox stored it: the kill most likely
        // lands in that gap, the case where one batch is sent twice.
        SandboxSettings settings = SandboxSettings.defaults().withShopId(SHOP).withShopSecret(SECRET).withRateLimit(RATE)
                .withMaxRequestBytes(MAX_REQUEST_BYTES).withLatency(Duration.ofMillis(150)).withStoreFile(store);
        try (SandboxServer sandbox = SandboxServer.start(settings)) {
            CliProcess first = CliProcess.start(dir.resolve("home"), Map.of(SECRET_VARIABLE, SECRET), dir.resolve("output"),
                    "first", List.of("upload", audience.csv().toString(), "--mapping", audience.mapping().toString(),
                            "--endpoint", sandbox.uri().toString(), "--shop-id", SHOP, "--shop-secret-env", SECRET_VARIABLE,
                            "--rate", RATE.toString(), "--max-request-bytes", Long.toString(MAX_REQUEST_BYTES)));
            CliProcess second = null;
            try {
                awaitAccepted(sandbox, first, ACCEPTED_BEFORE_KILL, Duration.ofSeconds(30));
                ProcessHandle handle = first.process().toHandle();
                assertThat(handle.isAlive()).as("the first run is still sending").isTrue();
                first.process().destroyForcibly();
                assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(first.process().exitValue()).as("exit status of a process ended by SIGKILL").isEqualTo(SIGKILL_EXIT);
                assertThat(handle.isAlive()).isFalse();
                assertThat(ProcessHandle.of(handle.pid()).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
                assertThat(first.stdout()).as("a killed run prints no summary").isEmpty();
                // A body that had fully arrived is still stored after the kill; let the sandbox finish it.
                Thread.sleep(300);
                long acceptedAtKill = sandbox.stats().accepted();

                second = first.again("second");
                int exit = second.awaitExit(Duration.ofSeconds(60));

                assertThat(exit).as(second.stderr()).isIn(0, 3);
                JsonNode summary = json.readTree(second.stdout());
                reporter.publishEntry("second run", summary.toString());
                reporter.publishEntry("sandbox", sandbox.stats().toString());
                assertThat(summary.get("complete").asBoolean()).isTrue();
                int batches = summary.get("batches_total").asInt();
                int alreadySent = summary.get("batches_already_sent").asInt();
                assertThat(alreadySent).as("batches the first run had journaled")
                        .isBetween((int) acceptedAtKill - 1, (int) acceptedAtKill);
                assertThat(alreadySent + summary.get("batches_sent").asInt()).isEqualTo(batches);

                SandboxState.holdsExactly(sandbox, audience);
                SandboxStats stats = sandbox.stats();
                assertThat(stats.status(429)).as("429s drawn, the restart included").isZero();
                assertThat(stats.maxRequestsInWindow()).isLessThanOrEqualTo(RATE.requests());

                Map<String, Integer> timesStored = batchesStored(store);
                assertThat(timesStored).as("distinct batches stored").hasSize(batches);
                int storedTwice = (int) timesStored.values().stream().filter(times -> times == 2).count();
                assertThat(timesStored.values()).as("times each batch was stored").allSatisfy(times -> assertThat(times).isBetween(1, 2));
                assertThat(storedTwice).as("batches the server received twice").isLessThanOrEqualTo(1);
                assertThat(stats.accepted() - batches).isEqualTo(storedTwice);
            } finally {
                first.killIfAlive();
                if (second != null) {
                    second.killIfAlive();
                }
            }
        }
    }

    private static void awaitAccepted(SandboxServer sandbox, CliProcess upload, int accepted, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (sandbox.stats().accepted() < accepted) {
            if (!upload.process().isAlive()) {
                throw new AssertionError("the upload ended before it was killed (exit " + upload.process().exitValue()
                        + "): " + upload.stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sandbox accepted only " + sandbox.stats().accepted() + " batches in " + limit);
            }
            Thread.sleep(5);
        }
    }

    /** How many times each batch was stored, a batch known by its first contact and its size. */
    private Map<String, Integer> batchesStored(Path store) throws Exception {
        Map<Long, String> firstOfRequest = new LinkedHashMap<>();
        Map<Long, Integer> sizeOfRequest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
            JsonNode stored = json.readTree(line);
            long request = stored.get("request").asLong();
            JsonNode object = stored.get("object");
            firstOfRequest.putIfAbsent(request, object.path("email").asText(object.path("phone").asText()));
            sizeOfRequest.merge(request, 1, Integer::sum);
        }
        Map<String, Integer> times = new LinkedHashMap<>();
        firstOfRequest.forEach((request, first) -> times.merge(first + " ×" + sizeOfRequest.get(request), 1, Integer::sum));
        return times;
    }
}
