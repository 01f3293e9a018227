package org.audienceimport.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.ThemeChoice;
import org.audienceimport.ui.file.FilePicker;

/**
 * What the screenshot tours share: the real wizard in a window, in English or (with {@code ru} as second
 * argument) in Russian, walked on a thread of its own that saves what the window shows into the folder given
 * as first argument; the app ends when the walk does. The Open dialog answers with {@link #nextPick}.
 */
public abstract class WizardTour extends Application {

    protected Stage stage;
    protected AppContext context;
    /** A folder of the tour's own for its files and the app's settings. */
    protected Path work;
    protected boolean russian;
    protected volatile Path nextPick;
    private final long patienceSeconds;

    /** @param patienceSeconds how long {@link #waitFor} waits for the wizard before the tour gives up */
    protected WizardTour(long patienceSeconds) {
        this.patienceSeconds = patienceSeconds;
    }

    /** The app as this tour needs it, in the given language; {@link #work} is ready. */
    protected abstract AppContext createContext(Locale language) throws Exception;

    /** Walks the wizard, saving pictures into {@code out} (which exists); runs off the FX thread. */
    protected abstract void walk(Path out) throws Exception;

    @Override
    public final void start(Stage primary) throws Exception {
        stage = primary;
        work = Files.createTempDirectory(getClass().getSimpleName().toLowerCase(Locale.ROOT));
        russian = getParameters().getRaw().size() > 1 && "ru".equals(getParameters().getRaw().get(1));
        context = createContext(russian ? Messages.RUSSIAN : Messages.ENGLISH);
        MainWindow.show(stage, context);
        Path out = Path.of(getParameters().getRaw().getFirst());
        Thread tour = new Thread(() -> {
            try {
                walk(Files.createDirectories(out));
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

    /** The Open dialog of the tour: it answers with {@link #nextPick}. */
    protected final Function<Messages, FilePicker> pickNext() {
        return UiSteps.picking(() -> nextPick);
    }

    /** "light", "dark", or "ru-light", "ru-dark" in Russian: the end of a picture's name. */
    protected final String suffix(ThemeChoice theme) {
        return (russian ? "ru-" : "") + theme.name().toLowerCase(Locale.ROOT);
    }

    protected final void shoot(Path file) throws Exception {
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

    protected final void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(patienceSeconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The wizard did not get there in " + patienceSeconds + " s");
            }
            Thread.sleep(50);
        }
    }

    protected static void onFx(Runnable action) {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    protected static <T> T onFxGet(Callable<T> action) {
        try {
            return FxPlatform.call(action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The tour could not go on", e);
        }
    }
}
