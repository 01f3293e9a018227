package org.audienceimport.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.upload.EngineState;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.UploadReport;
import org.audienceimport.upload.pace.RateWindowState;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 6 against the real engine and the sandbox, without a JavaFX toolkit. */
class UploadStepViewModelTest {

    @TempDir Path folder;

    private static Progress progress(EngineState state, long rowsRead, long bytesDone, long bytesTotal) {
        return new Progress(state, rowsRead, 0, bytesTotal == 0 ? 0 : 4, 0, bytesTotal == 0 ? 0 : rowsRead, bytesDone,
                bytesTotal, 0, 0, 0, 0, new RateWindowState(40, Duration.ofSeconds(60), 0, 40, Duration.ZERO), 0, 0,
                Optional.empty());
    }

    @Test
    void whileTheFileIsCheckedTheBarShowsTheRowsReadOfThoseCountedAndOnlyWithoutACountSaysBusy() {
        assertThat(UploadStepViewModel.barFraction(progress(EngineState.PREPARING, 250, 0, 0), true, 1000)).isEqualTo(0.25);
        assertThat(UploadStepViewModel.barFraction(progress(EngineState.PREPARING, 1200, 0, 0), true, 1000)).isEqualTo(1.0);
        assertThat(UploadStepViewModel.barFraction(progress(EngineState.PREPARING, 250, 0, 0), true, -1)).isEqualTo(-1.0);
        // Once the requests are packed, the bar is the share of their bytes sent, whatever the rows.
        assertThat(UploadStepViewModel.barFraction(progress(EngineState.SENDING, 1000, 300, 1200), true, 1000)).isEqualTo(0.25);
        assertThat(UploadStepViewModel.barFraction(progress(EngineState.ENDED, 250, 0, 0), false, 1000)).isZero();
        assertThat(UploadStepViewModel.barFraction(null, false, 1000)).isZero();
    }

    @Test
    void nextStaysOffUntilAnUploadHasEndedAndTheFormSaysWhatIsMissing() throws Exception {
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults())) {
            UploadStepViewModel upload = fixture.upload;
            assertThat(upload.valid().get()).isFalse();
            assertThat(upload.reasonInvalid().get()).isEqualTo("Start the upload to continue.");

            upload.start();
            assertThat(upload.problemProperty().get()).isEqualTo("Enter the shop ID.");
            upload.shopIdProperty().set("shop-1");
            upload.start();
            assertThat(upload.problemProperty().get()).isEqualTo("Enter the shop’s secret key.");
            upload.secretProperty().set("s");
            upload.endpointProperty().set("http://api.example.com");
            upload.start();
            assertThat(upload.problemProperty().get()).startsWith("The API address cannot be used. Plain http is refused");
            upload.endpointProperty().set("https://api.example.com");
            upload.rateProperty().set("fast");
            upload.start();
            assertThat(upload.problemProperty().get()).contains("40/60s");
            upload.rateProperty().set("40/60s");
            upload.start();
            assertThat(upload.problemProperty().get()).contains("nothing to send");
            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.NOT_STARTED);
            assertThat(fixture.ticker.running()).isFalse();
        }
    }

    @Test
    void practiceModeSendsTheFileToTheBuiltInSandboxAndEndsComplete() throws Exception {
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults())) {
            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 30));
            UploadStepViewModel upload = fixture.upload;
            assertThat(upload.shopIdProperty().get()).isEqualTo("demo-shop");
            assertThat(upload.secretProperty().get()).isEqualTo("demo-secret");

            upload.start();
            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.RUNNING);
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FINISHED);
            assertThat(upload.valid().get()).isTrue();
            UploadReport report = fixture.session.reportProperty().get();
            assertThat(report.complete()).isTrue();
            assertThat(report.objectsSent()).isEqualTo(30);
            assertThat(fixture.sandbox.server().orElseThrow().profiles()).hasSize(30);
            assertThat(upload.contactsText().get()).isEqualTo("30 of 30 contacts sent");
            assertThat(upload.requestsText().get()).isEqualTo("Requests: 1 of 1");
            assertThat(upload.gaugeText().get()).isEqualTo("1 / 40");
            assertThat(upload.chartProperty().get()[RequestHistory.BUCKETS - 1]).isEqualTo(1);
            assertThat(fixture.session.uploadProperty().get()).isEqualTo(UploadState.FINISHED);
        }
    }

    @Test
    void aWrongSecretEndsWithAClearMessageAndNextWaitsForTheUsersWord() throws Exception {
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults())) {
            String address = fixture.sandbox.uri().toString();
            fixture.openAndMap(SampleFiles.workbook(folder, 5));
            UploadStepViewModel upload = fixture.upload;
            upload.shopIdProperty().set(PracticeSandbox.SHOP_ID);
            upload.secretProperty().set("not-the-secret");
            upload.endpointProperty().set(address);

            upload.start();
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FAILED);
            assertThat(upload.problemProperty().get()).startsWith("The shop ID or secret was not accepted")
                    .doesNotContain("not-the-secret");
            assertThat(fixture.sandbox.server().orElseThrow().profiles()).isEmpty();
            assertThat(upload.valid().get()).isFalse();
            assertThat(upload.reasonInvalid().get()).startsWith("Not everything was sent");
            upload.acknowledge();
            assertThat(upload.valid().get()).isTrue();
        }
    }

    @Test
    void aCancelledUploadStartedAgainSendsOnlyTheRestAndSaysSo() throws Exception {
        SandboxSettings slow = SandboxSettings.defaults().withLatency(Duration.ofMillis(150));
        PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(4 * PrepareSettings.defaults().reservedCredentialBytes());
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(slow), small)) {
            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 120));
            UploadStepViewModel upload = fixture.upload;

            upload.start();
            fixture.tickUntil(() -> upload.progressProperty().get() != null && upload.progressProperty().get().batchesDone() >= 2);
            upload.pause();
            fixture.tickUntil(() -> upload.stateProperty().get() == UploadState.PAUSED);
            assertThat(upload.pauseReasonProperty().get()).isEmpty();
            upload.resume();
            fixture.tickUntil(() -> upload.stateProperty().get() == UploadState.RUNNING);
            upload.cancel();
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FAILED);
            UploadReport first = fixture.session.reportProperty().get();
            assertThat(first.ending()).isEqualTo(UploadReport.Ending.CANCELLED);
            int stored = fixture.sandbox.server().orElseThrow().profiles().size();
            assertThat(stored).isBetween(1, 119);

            upload.start();
            assertThat(upload.resumedNoteProperty().get()).isEmpty();
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FINISHED);
            assertThat(upload.resumedNoteProperty().get()).startsWith("An earlier upload of this file was interrupted; ")
                    .contains("; " + first.objectsSent() + " of 120 contacts were already sent");
            UploadReport second = fixture.session.reportProperty().get();
            assertThat(second.objectsAlreadySent()).isEqualTo(first.objectsSent());
            assertThat(second.objectsSent() + second.objectsAlreadySent()).isEqualTo(120);
            assertThat(fixture.sandbox.server().orElseThrow().profiles()).hasSize(120);
        }
    }

    @Test
    void anEarlierRunThatSentNothingIsNotReportedAsProgress() throws Exception {
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults())) {
            fixture.openAndMap(SampleFiles.workbook(folder, 12));
            UploadStepViewModel upload = fixture.upload;
            upload.shopIdProperty().set(PracticeSandbox.SHOP_ID);
            upload.secretProperty().set("not-the-secret");
            upload.endpointProperty().set(fixture.sandbox.uri().toString());
            upload.start();
            fixture.tickUntilEnded();
            assertThat(fixture.session.reportProperty().get().objectsSent()).isZero();
            upload.acknowledge();

            upload.secretProperty().set(PracticeSandbox.SHOP_SECRET);
            upload.start();
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FINISHED);
            assertThat(upload.resumedNoteProperty().get())
                    .isEqualTo("An earlier upload of this file was interrupted before the platform confirmed receiving"
                            + " any contact, so all 12 are sent from the beginning.")
                    .doesNotContain("already sent");
            assertThat(fixture.sandbox.server().orElseThrow().profiles()).hasSize(12);
        }
    }

    @Test
    void startReturnsBeforeTheHttpClientIsBuiltAndTheUploadGoesOnOnceItIs() throws Exception {
        List<Runnable> building = new ArrayList<>();
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults(),
                new UploadRunner(building::add))) {
            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 30));
            UploadStepViewModel upload = fixture.upload;

            upload.start();
            fixture.ticker.tick();
            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.RUNNING);
            assertThat(upload.progressProperty().get()).isNull();
            assertThat(building).hasSize(1);

            building.getFirst().run();
            fixture.tickUntilEnded();
            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FINISHED);
            assertThat(fixture.sandbox.server().orElseThrow().profiles()).hasSize(30);
        }
    }

    @Test
    void aCancelPressedWhileTheUploadIsStillStartingStopsItOnceItHasStarted() throws Exception {
        SandboxSettings slow = SandboxSettings.defaults().withLatency(Duration.ofMillis(150));
        PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(4 * PrepareSettings.defaults().reservedCredentialBytes());
        List<Runnable> building = new ArrayList<>();
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(slow), small, new UploadRunner(building::add))) {
            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 120));
            UploadStepViewModel upload = fixture.upload;

            upload.start();
            upload.cancel();
            building.getFirst().run();
            fixture.tickUntilEnded();

            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.FAILED);
            assertThat(fixture.session.reportProperty().get().ending()).isEqualTo(UploadReport.Ending.CANCELLED);
            assertThat(fixture.sandbox.server().map(s -> s.profiles().size()).orElse(0)).isLessThan(120);
        }
    }

    @Test
    void anUploadThatCannotBeStartedSaysSoAndCanBeStartedAgain() throws Exception {
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(), PrepareSettings.defaults(),
                new UploadRunner(work -> {
                    throw new RejectedExecutionException("the app is closing");
                }))) {
            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 30));
            UploadStepViewModel upload = fixture.upload;

            upload.start();
            fixture.ticker.tick();

            assertThat(upload.isRunning()).isFalse();
            assertThat(upload.stateProperty().get()).isEqualTo(UploadState.NOT_STARTED);
            assertThat(upload.problemProperty().get()).isEqualTo("The upload could not be started: the app is closing");
            assertThat(fixture.ticker.running()).isFalse();
        }
    }

    @Test
    void theFormsProblemAndTheRetriesFollowALanguageSwitch() throws Exception {
        SandboxSettings failing = SandboxSettings.defaults().withFailEvery(2).withFailStatus(503);
        PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(4 * PrepareSettings.defaults().reservedCredentialBytes());
        try (UploadFixture fixture = new UploadFixture(folder, new PracticeSandbox(failing), small)) {
            UploadStepViewModel upload = fixture.upload;
            upload.start();
            assertThat(upload.problemProperty().get()).isEqualTo("Enter the shop ID.");
            fixture.messages.setLocale(Messages.RUSSIAN);
            assertThat(upload.problemProperty().get()).isEqualTo("Введите ID магазина.");
            fixture.messages.setLocale(Messages.ENGLISH);

            fixture.session.practiceProperty().set(true);
            fixture.openAndMap(SampleFiles.workbook(folder, 30));
            upload.start();
            fixture.tickUntilEnded();
            assertThat(upload.retries()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("Request "));

            fixture.messages.setLocale(Messages.RUSSIAN);

            assertThat(upload.retries()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("Запрос ")
                    .doesNotContain("trying again"));
        }
    }
}
