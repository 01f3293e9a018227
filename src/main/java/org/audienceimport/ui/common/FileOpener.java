package org.audienceimport.ui.common;

import java.nio.file.Path;

/**
 * Opens a file in the program the system uses for it (the error report in Excel, say). An interface so that
 * tests can see what was asked; the app passes one backed by JavaFX's HostServices.
 */
@FunctionalInterface
public interface FileOpener {

    /** Where no desktop can open files (a test without one): asking always fails, and the app says so. */
    FileOpener NONE = file -> false;

    /** @return whether the system was asked to open it */
    boolean open(Path file);
}
