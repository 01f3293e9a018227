package org.audienceimport.ui.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;

import org.audienceimport.AppFolders;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.AppContext;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.WizardTour;
import org.audienceimport.ui.common.ThemeChoice;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.ui.wizard.StepKind;
import org.audienceimport.upload.prepare.PrepareSettings;

/**
 * Not a test: sends a workbook to a slow, now and then failing sandbox at a slow pace, so that the rate
 * gauge, its countdown, the chart and the retries show, and saves steps 6 and 7 in both themes. Run it on
 * a display (e.g. under xvfb-run) with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<deps> org.audienceimport.ui.upload.UploadScreenshotTour assets/screenshots [ru]}
 * <p>With {@code ru} as second argument the wizard speaks Russian and every file name gets {@code -ru} before
 * the theme.
 */
public final class UploadScreenshotTour {

    private UploadScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    /** The application that takes the pictures. */
    public static final class Tour extends WizardTour {

        public Tour() {
            super(90);
        }

        @Override
        protected AppContext createContext(Locale language) {
            PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(8 * PrepareSettings.DEFAULT_RESERVED_CREDENTIAL_BYTES);
            SandboxSettings sandbox = SandboxSettings.defaults().withLatency(Duration.ofMillis(250)).withFailEvery(5)
                    .withFailStatus(503);
            return new AppContext(work.resolve("config"), language, pickNext(),
                    new UploadEnvironment(AppFolders.under(work.resolve("app")), SecretStore.none(), sandbox,
                            (owner, title) -> Optional.empty(), small));
        }

        @Override
        protected void walk(Path out) throws Exception {
            int rows = 1_204;
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                String suffix = suffix(theme);
                onFx(() -> context.themes().choiceProperty().set(theme));
                // Another file each time: the same one would be found already sent.
                nextPick = SampleFiles.workbook(Files.createDirectories(work.resolve(suffix)), rows++);
                onFx(() -> context.navigation().jumpTo(StepKind.FILE));
                onFx(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#browseButton")).fire());
                waitFor(() -> onFxGet(() -> context.session().table() != null && context.navigation().canGoNext().get()));
                onFx(() -> context.session().practiceProperty().set(true));
                while (onFxGet(() -> context.navigation().current().kind()) != StepKind.UPLOAD) {
                    waitFor(() -> onFxGet(() -> context.navigation().canGoNext().get()));
                    onFx(() -> context.navigation().next());
                }
                UploadStepViewModel upload = context.uploadStep();
                onFx(() -> upload.rateProperty().set("8/20s"));
                onFx(upload::start);
                waitFor(() -> onFxGet(() -> upload.progressProperty().get() != null
                        && upload.progressProperty().get().rate().free() == 0 && !upload.retries().isEmpty()));
                Thread.sleep(2_000);
                shoot(out.resolve("wizard-6-upload-" + suffix + ".png"));

                onFx(upload::cancel);
                waitFor(() -> onFxGet(() -> !upload.isRunning()));
                onFx(() -> upload.rateProperty().set("200/1s"));
                onFx(upload::start);
                waitFor(() -> onFxGet(() -> upload.stateProperty().get() == UploadState.FINISHED));
                // As if the error report had been exported in step 5: step 7 offers to open it.
                Path report = Files.writeString(work.resolve(suffix).resolve("contacts-errors.xlsx"), "");
                onFx(() -> context.session().errorReportProperty().set(report));
                onFx(() -> context.navigation().next());
                shoot(out.resolve("wizard-7-done-" + suffix + ".png"));
            }
            // The step list as an upload opened ready-made shows it: steps 2 to 5 not needed.
            onFx(() -> context.navigation().jumpTo(StepKind.FILE));
            onFx(() -> context.navigation().jumpTo(StepKind.UPLOAD));
            shoot(out.resolve("wizard-6-upload-prepared-" + (russian ? "ru-" : "") + "dark.png"));
        }
    }
}
