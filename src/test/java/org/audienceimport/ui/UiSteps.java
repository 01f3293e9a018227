package org.audienceimport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

import org.audienceimport.AppFolders;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.common.DesktopServices;
import org.audienceimport.ui.upload.UploadEnvironment;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.ui.upload.SecretStore;
import org.audienceimport.ui.common.FileDialogs;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.file.FilePicker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the wizard's TestFX tests share: waiting, reading texts, and dialogs that answer as the test says. */
public final class UiSteps {

    private static final long TIMEOUT_SECONDS = 40;

    private UiSteps() {
    }

    /** The Open dialog as a test answers it: with the file {@code chosen} gives at the time, or none. */
    public static Function<Messages, FilePicker> picking(Supplier<Path> chosen) {
        return messages -> (owner, start) -> Optional.ofNullable(chosen.get());
    }

    /** Uploads kept inside the test's folder: no system secret store, defaults for the sandbox and packing. */
    public static UploadEnvironment uploadsIn(Path folder) {
        return uploadsIn(folder, (owner, title) -> Optional.empty());
    }

    /** As {@link #uploadsIn(Path)}, with the "Open a prepared upload" folder dialog answered by the test. */
    public static UploadEnvironment uploadsIn(Path folder, UploadEnvironment.FolderPicker preparedFolders) {
        return new UploadEnvironment(AppFolders.under(folder.resolve("app")), SecretStore.none(), SandboxSettings.defaults(),
                preparedFolders, PrepareSettings.defaults());
    }

    /** Requests of a few contacts and a practice sandbox slow enough that an upload can be caught midway. */
    public static UploadEnvironment smallSlowUploadsIn(Path folder) {
        PrepareSettings small = PrepareSettings.defaults().withMaxRequestBytes(4 * PrepareSettings.defaults().reservedCredentialBytes());
        return new UploadEnvironment(AppFolders.under(folder.resolve("app")), SecretStore.none(),
                SandboxSettings.defaults().withLatency(java.time.Duration.ofMillis(400)), (owner, title) -> Optional.empty(), small);
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static Button next(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The node that has the keyboard focus in the wizard's window, or null. */
    public static Node focused(FxRobot robot, Window window) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.getScene() == null ? null : window.getScene().getFocusOwner();
    }

    /**
     * File dialogs that answer with the path the test set, and remember what they were asked; and an opener
     * that records the files the app asked the system to open.
     */
    public static final class AnsweringDesktop implements FileDialogs {
        public volatile Path toSave;
        public volatile Path toOpen;
        public volatile Path folder;
        public final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

        public DesktopServices services() {
            return new DesktopServices(this, file -> opened.add(file));
        }

        @Override
        public Optional<Path> save(Window owner, String title, Optional<Path> start, String fileName, List<FileType> types) {
            asked.add("save: " + title + " (" + fileName + ")");
            return Optional.ofNullable(toSave);
        }

        @Override
        public Optional<Path> open(Window owner, String title, List<FileType> types) {
            asked.add("open: " + title);
            return Optional.ofNullable(toOpen);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            asked.add("folder: " + title);
            return Optional.ofNullable(folder);
        }

        public List<String> asked() {
            return new ArrayList<>(asked);
        }
    }
}
