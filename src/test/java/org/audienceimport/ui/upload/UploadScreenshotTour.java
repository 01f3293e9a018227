package org.audienceimport.ui.upload;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.audienceimport.AppFolders;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.AppContext;
import org.audienceimport.ui.MainWindow;
import org.audienceimport.ui.SampleFiles;
import org.audienceimport.ui.common.Messages;
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
    public static final class Tour extends Application {

        private Stage stage;
        private AppContext context;
        private Path work;
        private volatile Path nextPick;
        private boolean russian;

        @Override
        public void start(Stage primary) throws Exception {
            stage = primary;
            work = Files.createTempDirectory("upload-tour");
            PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(8 * PrepareSettings.DEFAULT_RESERVED_CREDENTIAL_BYTES);
            SandboxSettings sandbox = SandboxSettings.defaults().withLatency(Duration.ofMillis(250)).withFailEvery(5)
                    .withFailStatus(503);
            russian = getParameters().getRaw().size() > 1 && "ru".equals(getParameters().getRaw().get(1));
            context = new AppContext(work.resolve("config"), russian ? Messages.RUSSIAN : Messages.ENGLISH, m -> (owner, start) -> Optional.ofNullable(nextPick),
                    new UploadEnvironment(AppFolders.under(work.resolve("app")), SecretStore.none(), sandbox,
                            (owner, title) -> Optional.empty(), small));
            MainWindow.show(stage, context);
            Path out = Path.of(getParameters().getRaw().getFirst());
            Thread tour = new Thread(() -> {
                try {
                    walk(out);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    onFx(context::close);
                    Platform.exit();
                }
            }, "tour");
            tour.setDaemon(true);
            tour.start();
        }

        private void walk(Path out) throws Exception {
            Files.createDirectories(out);
            int rows = 1_204;
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                String suffix = (russian ? "ru-" : "") + theme.name().toLowerCase(Locale.ROOT);
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

        private void shoot(Path file) throws Exception {
            Thread.sleep(700); // let the theme, focus and layout settle: this is a picture, not an assertion
            WritableImage image = onFxGet(() -> stage.getScene().snapshot(null));
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(0, 0, width, height, pixels, 0, width);
            ImageIO.write(picture, "png", file.toFile());
        }

        private static void waitFor(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The upload did not get there in time");
                }
                Thread.sleep(50);
            }
        }

        private static void onFx(Runnable action) {
            onFxGet(() -> {
                action.run();
                return null;
            });
        }

        private static <T> T onFxGet(java.util.concurrent.Callable<T> action) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(action.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.join();
        }
    }
}
