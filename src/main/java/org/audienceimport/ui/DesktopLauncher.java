package org.audienceimport.ui;

import javafx.application.Application;

/** Starts the JavaFX application; the only door from {@code Main} into the UI. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(AudienceImportApp.class, args);
    }
}
