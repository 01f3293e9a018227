package org.audienceimport.ui.common;

import javafx.application.HostServices;

/** What the app asks of the desktop besides its window: file dialogs, and opening a file in its program. */
public record DesktopServices(FileDialogs dialogs, FileOpener opener) {

    /** The system's dialogs, and files opened through the app's HostServices. */
    public static DesktopServices system(HostServices host) {
        return new DesktopServices(new SystemFileDialogs(), file -> {
            host.showDocument(file.toUri().toString());
            return true;
        });
    }

    /** The system's dialogs where nothing can open a file (no Application, so no HostServices). */
    public static DesktopServices dialogsOnly() {
        return new DesktopServices(new SystemFileDialogs(), FileOpener.NONE);
    }
}
