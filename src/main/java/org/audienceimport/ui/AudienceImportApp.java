package org.audienceimport.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.audienceimport.ui.common.ConfigFolder;
import org.audienceimport.ui.common.DesktopServices;
import org.audienceimport.ui.file.SystemFilePicker;
import org.audienceimport.ui.upload.UploadEnvironment;

/** The desktop app: the import wizard in one window. */
public final class AudienceImportApp extends Application {

    public static final String TITLE = MainWindow.TITLE;

    /**
     * Set by the installer's AOT training run (installer/linux/resources/postinst): the app closes itself
     * once its first window has been drawn, so the JVM ends normally and writes its class cache.
     */
    public static final String EXIT_AFTER_FIRST_WINDOW = "audienceimport.exitAfterFirstWindow";

    /** Pulses to let pass before that exit: the first ones lay out, style and draw the window. */
    private static final int FRAMES_BEFORE_EXIT = 3;

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(ConfigFolder.resolve(), Locale.getDefault(), SystemFilePicker::new,
                UploadEnvironment.forThisUser(), DesktopServices.system(getHostServices()));
        if (isMac()) {
            // Before the first window: JavaFX (since 25, with JDK 25's AWT) passes the events on from then.
            openFilesSentByMacOs(context);
        }
        MainWindow.show(stage, context);
        // "Open with" from the desktop passes the file as the one argument on Linux and Windows (see
        // WizardMain); macOS sends it as an event instead.
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(context::openFile);
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_WINDOW)) {
            exitAfterFrames(FRAMES_BEFORE_EXIT);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Checked before touching java.awt at all: on Linux, starting AWT's toolkit beside JavaFX's can break it. */
    private static boolean isMac() {
        return System.getProperty("os.name", "").startsWith("Mac");
    }

    /**
     * macOS hands a file chosen with "Open With" (or dropped on the Dock icon) to the running app as an
     * event, not as an argument. Cannot run on Linux or Windows, where AWT does not offer the action.
     */
    private static void openFilesSentByMacOs(AppContext context) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return;
        }
        Desktop.getDesktop().setOpenFileHandler(event -> {
            List<File> files = event.getFiles();
            if (!files.isEmpty()) {
                Path file = files.get(0).toPath();
                Platform.runLater(() -> context.openFile(file));
            }
        });
    }

    private static void exitAfterFrames(int frames) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                seen++;
                if (seen == frames) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
