package org.audienceimport.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.audienceimport.upload.pace.RetrySettings;
import org.audienceimport.upload.prepare.PrepareResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadEngineTest {

    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void sendsEveryBatchOnceInOrderWithTheCredentialsAndReportsProgress() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.of(146));
        int batches = prepared.manifest().batches().size();
        assertThat(batches).isGreaterThan(3);

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(report.complete()).isTrue();
        assertThat(report.ending()).isEqualTo(UploadReport.Ending.FINISHED);
        assertThat(report.objectsSent()).isEqualTo(40);
        assertThat(report.batchesAccepted()).isEqualTo(batches);
        assertThat(report.batchesTotal()).isEqualTo(batches);
        assertThat(report.retries()).isZero();
        assertThat(fx.emailsReceived()).isEqualTo(EngineFixture.emails(0, 40));
        assertThat(fx.api.received()).allSatisfy(request -> assertThat(request.text())
                .startsWith("{\"shop_id\":\"shop-1\",\"shop_secret\":\"" + EngineFixture.SECRET + "\",\"segment_id\":146,\"audience\":["));

        assertThat(fx.events.getFirst()).isInstanceOf(UploadEvent.Preparing.class);
        assertThat(fx.events(UploadEvent.Started.class)).singleElement()
                .satisfies(started -> assertThat(started.resumed()).isFalse());
        List<UploadEvent.BatchAccepted> accepted = fx.events(UploadEvent.BatchAccepted.class);
        assertThat(accepted).extracting(UploadEvent.BatchAccepted::batch).isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, batches).boxed().toList());
        Progress last = accepted.getLast().progress();
        assertThat(last.batchesDone()).isEqualTo(batches);
        assertThat(last.objectsDone()).isEqualTo(40);
        assertThat(last.objectsTotal()).isEqualTo(40);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.objectsPerSecond()).isPositive();
        assertThat(last.eta()).contains(Duration.ZERO);
        assertThat(last.rate().limit()).isEqualTo(100);
        assertThat(fx.events.getLast()).isInstanceOf(UploadEvent.Ended.class);
        // The first progress with totals estimates nothing yet, then an estimate appears.
        assertThat(accepted.getFirst().progress().eta()).isPresent();
    }

    @Test
    void keepsToTheRateWindowAsTheServerSeesIt() throws Exception {
        fx.settings = fx.settings.withRate(new RateLimit(3, Duration.ofMillis(400)));
        PrepareResult prepared = fx.prepare("prepared", 90, 2048, OptionalLong.empty());
        int batches = prepared.manifest().batches().size();
        assertThat(batches).isGreaterThanOrEqualTo(7);

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(report.complete()).isTrue();
        List<FakeApi.Received> received = fx.api.received();
        for (int i = 0; i + 3 < received.size(); i++) {
            assertThat(received.get(i + 3).arrivedNanos() - received.get(i).arrivedNanos())
                    .as("arrivals %d and %d", i, i + 3).isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
        }
        assertThat(fx.events(UploadEvent.Waiting.class)).isNotEmpty()
                .allSatisfy(waiting -> assertThat(waiting.progress().rate().free()).isZero());
    }

    @Test
    void serverErrorsAndLostConnectionsAreRetriedWithTheReasonInPlainWords() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 20, 2048, OptionalLong.empty());
        AtomicInteger calls = new AtomicInteger();
        fx.api.answer(request -> switch (calls.incrementAndGet()) {
            case 1 -> FakeApi.Reply.of(503, "Service Unavailable");
            case 2 -> FakeApi.Reply.drop();
            case 3 -> FakeApi.Reply.of(429, "").withHeader("Retry-After", "0");
            default -> FakeApi.Reply.ok();
        });

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(report.complete()).isTrue();
        assertThat(report.retries()).isEqualTo(3);
        assertThat(fx.emailsReceived()).endsWith(EngineFixture.emails(0, 20).toArray(String[]::new));
        assertThat(fx.events(UploadEvent.Retrying.class)).extracting(UploadEvent.Retrying::reason).satisfiesExactly(
                first -> assertThat(first).startsWith("the server had a problem (503: Service Unavailable); trying again in"),
                second -> assertThat(second).startsWith("the connection was lost; trying again in"),
                third -> assertThat(third).isEqualTo("the server asked us to wait 0 ms"));
        assertThat(fx.events(UploadEvent.Retrying.class)).extracting(UploadEvent.Retrying::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void wrongCredentialsStopAfterExactlyOneRequest() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.empty());
        fx.api.answer(request -> FakeApi.Reply.of(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Shop not found\"}}"));

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(fx.api.count()).isEqualTo(1);
        assertThat(report.ending()).isEqualTo(UploadReport.Ending.STOPPED);
        assertThat(report.stopCause()).contains(StopCause.BAD_CREDENTIALS);
        assertThat(report.reason().orElseThrow()).startsWith(
                "The shop ID or secret was not accepted: check them in Account > Settings > Store Settings");
        assertThat(report.objectsSent()).isZero();
    }

    @Test
    void aBatchTooLargeForTheServerIsSplitInHalvesUntilItFits() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 60, 4096, OptionalLong.of(5));
        assertThat(prepared.manifest().batches()).hasSize(2);
        // This server takes at most 8 contacts a request.
        fx.api.answer(request -> readCount(request) > 8 ? FakeApi.Reply.of(413, "Payload Too Large") : FakeApi.Reply.ok());

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(report.complete()).isTrue();
        assertThat(report.objectsSent()).isEqualTo(60);
        List<String> accepted = fx.api.received().stream()
                .filter(request -> readCount(request) <= 8).flatMap(request -> emails(request).stream()).toList();
        assertThat(accepted).isEqualTo(EngineFixture.emails(0, 60));
        assertThat(fx.events(UploadEvent.BatchSplit.class)).isNotEmpty();
        assertThat(fx.events(UploadEvent.BatchAccepted.class)).allSatisfy(event -> assertThat(event.part()).isNotEmpty());
        assertThat(fx.events.getLast().progress().batchesDone()).isEqualTo(2);
    }

    private static int readCount(FakeApi.Received request) {
        return emails(request).size();
    }

    private static List<String> emails(FakeApi.Received request) {
        try {
            return java.util.stream.StreamSupport.stream(EngineFixture.JSON.readTree(request.body()).get("audience").spliterator(), false)
                    .map(node -> node.get("email").asText()).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRejectedBatchIsReportedWithItsRowsAndTheOthersStillGo() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.empty());
        fx.api.answer(request -> request.text().contains("\"person12@")
                ? FakeApi.Reply.of(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Property tier does not exist\"}}")
                : FakeApi.Reply.ok());

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(report.ending()).isEqualTo(UploadReport.Ending.FINISHED);
        assertThat(report.complete()).isFalse();
        RejectedBatch rejected = report.rejected().getFirst();
        assertThat(report.rejected()).hasSize(1);
        assertThat(rejected.message()).isEqualTo("Property tier does not exist");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.firstRow().getAsInt()).isLessThanOrEqualTo(14);
        assertThat(rejected.lastRow().getAsInt()).isGreaterThanOrEqualTo(14);
        assertThat(rejected.describe()).startsWith("batch " + rejected.batch() + " (rows ");
        assertThat(report.objectsSent()).isEqualTo(40 - rejected.objects());
        assertThat(fx.api.count()).isEqualTo(prepared.manifest().batches().size());
    }

    @Test
    void manyRejectionsInARowStopTheUpload() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 60, 2048, OptionalLong.empty());
        fx.api.answer(request -> FakeApi.Reply.of(422, "{\"message\":\"Unknown field\"}"));

        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));

        assertThat(fx.api.count()).isEqualTo(3);
        assertThat(report.stopCause()).contains(StopCause.SERVER_REFUSED);
        assertThat(report.reason().orElseThrow()).contains("refused 3 batches in a row").contains("Unknown field");
        assertThat(report.rejected()).hasSize(3);
    }

    @Test
    void pauseHoldsTheNextRequestAndResumeGoesOn() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.empty());
        CountDownLatch paused = new CountDownLatch(1);
        UploadEngine[] engine = new UploadEngine[1];
        engine[0] = fx.engine(new PreparedSource(prepared.folder()), event -> {
            if (event instanceof UploadEvent.BatchAccepted accepted && accepted.batch() == 2) {
                engine[0].pause();
            }
            if (event instanceof UploadEvent.Paused) {
                paused.countDown();
            }
        });
        engine[0].start();
        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
        int sentWhilePaused = fx.api.count();
        Thread.sleep(300);
        assertThat(fx.api.count()).isEqualTo(sentWhilePaused).isEqualTo(2);
        assertThat(engine[0].progress().state()).isEqualTo(EngineState.PAUSED);
        UploadEvent.Paused event = fx.events(UploadEvent.Paused.class).getFirst();
        assertThat(event.byUser()).isTrue();

        engine[0].resume();
        UploadReport report = engine[0].report().get(10, TimeUnit.SECONDS);

        assertThat(report.complete()).isTrue();
        assertThat(fx.events(UploadEvent.Resumed.class)).hasSize(1);
        assertThat(fx.emailsReceived()).isEqualTo(EngineFixture.emails(0, 40));
    }

    @Test
    void whenTheServerKeepsFailingTheUploadPausesAndCanBeResumed() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 20, 2048, OptionalLong.empty());
        AtomicInteger calls = new AtomicInteger();
        fx.api.answer(request -> calls.incrementAndGet() <= 4 ? FakeApi.Reply.of(502, "Bad Gateway") : FakeApi.Reply.ok());
        CountDownLatch paused = new CountDownLatch(1);
        UploadEngine engine = fx.engine(new PreparedSource(prepared.folder()), event -> {
            if (event instanceof UploadEvent.Paused) {
                paused.countDown();
            }
        });
        engine.start();
        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
        UploadEvent.Paused event = fx.events(UploadEvent.Paused.class).getFirst();
        assertThat(event.byUser()).isFalse();
        assertThat(event.reason()).contains("paused after 4 tries").contains("502");
        assertThat(fx.api.count()).isEqualTo(4);

        engine.resume();
        UploadReport report = engine.report().get(10, TimeUnit.SECONDS);
        assertThat(report.complete()).isTrue();
        assertThat(fx.emailsReceived()).endsWith(EngineFixture.emails(0, 20).toArray(String[]::new));
    }

    @Test
    void cancellingAfterTheEnginePausedItselfSaysWhy() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 20, 2048, OptionalLong.empty());
        fx.api.answer(request -> FakeApi.Reply.drop());
        UploadEngine[] engine = new UploadEngine[1];
        engine[0] = fx.engine(new PreparedSource(prepared.folder()), event -> {
            if (event instanceof UploadEvent.Paused) {
                engine[0].cancel(CancelMode.FINISH_CURRENT);
            }
        });

        UploadReport report = EngineFixture.run(engine[0]);

        assertThat(report.ending()).isEqualTo(UploadReport.Ending.CANCELLED);
        assertThat(report.stopCause()).contains(StopCause.RETRIES_EXHAUSTED);
        assertThat(report.reason().orElseThrow()).contains("the connection was lost");
        assertThat(report.requestInFlight()).isEqualTo(UploadReport.InFlight.NONE);
    }

    @Test
    void cancelCanLetTheRequestOnTheLineFinish() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.empty());
        CountDownLatch onTheLine = new CountDownLatch(1);
        fx.api.answer(request -> {
            onTheLine.countDown();
            return FakeApi.Reply.ok().delayed(400);
        });
        UploadEngine engine = fx.engine(new PreparedSource(prepared.folder()));
        engine.start();
        assertThat(onTheLine.await(10, TimeUnit.SECONDS)).isTrue();
        engine.cancel(CancelMode.FINISH_CURRENT);
        UploadReport report = engine.report().get(10, TimeUnit.SECONDS);

        assertThat(report.ending()).isEqualTo(UploadReport.Ending.CANCELLED);
        assertThat(report.requestInFlight()).isEqualTo(UploadReport.InFlight.FINISHED);
        assertThat(report.batchesAccepted()).isEqualTo(1);
        assertThat(fx.api.count()).isEqualTo(1);
    }

    @Test
    void cancelCanAbandonTheRequestOnTheLineAndALaterRunSendsItAgain() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 40, 2048, OptionalLong.empty());
        int batches = prepared.manifest().batches().size();
        CountDownLatch third = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        fx.api.answer(request -> {
            if (calls.incrementAndGet() == 3) {
                third.countDown();
                return FakeApi.Reply.ok().delayed(3000);
            }
            return FakeApi.Reply.ok();
        });
        UploadEngine engine = fx.engine(new PreparedSource(prepared.folder()));
        engine.start();
        assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        long cancelled = System.nanoTime();
        engine.cancel(CancelMode.ABANDON_CURRENT);
        UploadReport first = engine.report().get(10, TimeUnit.SECONDS);

        assertThat(System.nanoTime() - cancelled).isLessThan(Duration.ofMillis(2000).toNanos());
        assertThat(first.requestInFlight()).isEqualTo(UploadReport.InFlight.ABANDONED);
        assertThat(first.batchesAccepted()).isEqualTo(2);

        // A new engine for the same upload finds the journal and sends the rest only.
        fx.events.clear();
        UploadReport second = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));
        assertThat(second.complete()).isTrue();
        assertThat(second.batchesAlreadySent()).isEqualTo(2);
        assertThat(second.batchesAccepted()).isEqualTo(batches - 2);
        assertThat(fx.events(UploadEvent.Started.class).getFirst().resumed()).isTrue();
        // Started already knows what the earlier run sent: the wizard and the command line say it then.
        assertThat(fx.events(UploadEvent.Started.class).getFirst().progress())
                .extracting(Progress::batchesAlreadySent, Progress::objectsAlreadySent)
                .containsExactly(2, second.objectsAlreadySent());
        assertThat(second.objectsAlreadySent()).isPositive();
        assertThat(fx.events.getLast().progress().batchesDone()).isEqualTo(batches);
        // Batches 1 and 2 went once; batch 3 twice (abandoned, then sent again); the rest once.
        assertThat(fx.api.count()).isEqualTo(batches + 1);
    }

    @Test
    void anEngineAbandonedMidwayIsResumedByTheNextAndTheSecretIsNowhereOnDisk() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 60, 2048, OptionalLong.of(9));
        int batches = prepared.manifest().batches().size();
        AtomicInteger calls = new AtomicInteger();
        // The first run dies after three batches: the server vanishes (as if the network or the app died).
        fx.api.answer(request -> calls.incrementAndGet() <= 3 ? FakeApi.Reply.ok() : FakeApi.Reply.drop());
        UploadEngine crashed = fx.engine(new PreparedSource(prepared.folder()), event -> { });
        crashed.start();
        while (calls.get() < 5) {
            Thread.sleep(10);
        }
        crashed.cancel(CancelMode.ABANDON_CURRENT);
        crashed.report().get(10, TimeUnit.SECONDS);

        fx.api.answer(request -> FakeApi.Reply.ok());
        int before = fx.api.count();
        try (LogCapture logs = new LogCapture()) {
            UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));
            assertThat(report.complete()).isTrue();
            assertThat(report.batchesAlreadySent()).isEqualTo(3);
            assertThat(fx.api.count() - before).isEqualTo(batches - 3);
            assertThat(logs.lines()).noneMatch(line -> line.contains(EngineFixture.SECRET));
            assertThat(report.toString()).doesNotContain(EngineFixture.SECRET);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("home"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(EngineFixture.SECRET);
            }
        }
        assertThat(fx.events).allSatisfy(event -> assertThat(event.toString()).doesNotContain(EngineFixture.SECRET));
    }

    @Test
    void aBatchChangedSinceTheJournalRecordedItIsSentAgain() throws Exception {
        PrepareResult prepared = fx.prepare("prepared", 20, 2048, OptionalLong.empty());
        EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));
        int first = fx.api.count();
        // Same upload again: nothing to send.
        UploadReport again = EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));
        assertThat(fx.api.count()).isEqualTo(first);
        assertThat(again.batchesAlreadySent()).isEqualTo(first);
        assertThat(again.complete()).isTrue();
        // Send everything again when asked to.
        fx.settings = fx.settings.withFresh(true);
        EngineFixture.run(fx.engine(new PreparedSource(prepared.folder())));
        assertThat(fx.api.count()).isEqualTo(2 * first);
    }

    @Test
    void aFolderThatIsNotAPreparedUploadStopsWithItsReason() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        UploadReport report = EngineFixture.run(fx.engine(new PreparedSource(dir.resolve("empty"))));
        assertThat(report.stopCause()).contains(StopCause.SOURCE_PROBLEM);
        assertThat(report.reason().orElseThrow()).contains("manifest.json is missing");
        assertThat(fx.api.count()).isZero();
    }

    @Test
    void retrySettingsAreHonouredForTimeToo() {
        assertThat(new RetrySettings(3, Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(10)).maxAttempts()).isEqualTo(3);
    }
}
