package org.audienceimport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

import org.audienceimport.ui.common.DesktopServices;
import org.audienceimport.ui.common.FileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the wizard's TestFX tests share: waiting, reading texts, and dialogs that answer as the test says. */
public final class UiSteps {

    private static final long TIMEOUT_SECONDS = 40;

    private UiSteps() {
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
