package org.audienceimport.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/**
 * The Save and Open dialogs of the steps (templates, the error report, a folder for later). An interface so
 * that tests can answer without a native dialog; {@link SystemFileDialogs} shows the system's.
 */
public interface FileDialogs {

    /** A kind of file offered in a dialog, e.g. ("Excel workbook (.xlsx)", "xlsx"). */
    record FileType(String description, String extension) {
    }

    /**
     * Asks where to save. The answer ends with one of the types' extensions (the chosen type's is added when
     * the user typed a name without one).
     */
    Optional<Path> save(Window owner, String title, Optional<Path> folder, String fileName, List<FileType> types);

    Optional<Path> open(Window owner, String title, List<FileType> types);

    Optional<Path> folder(Window owner, String title);
}
