package org.audienceimport.ui.file;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the user for a file to import. An interface so that tests can answer without a native dialog. */
@FunctionalInterface
public interface FilePicker {

    Optional<Path> pick(Window owner, Optional<Path> startFolder);
}
