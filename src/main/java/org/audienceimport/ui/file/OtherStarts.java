package org.audienceimport.ui.file;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.stage.Window;

/** The other ways to begin that step 1 offers besides a file: sample data, or a prepared upload. */
public interface OtherStarts {

    /** Opens a sample file and sends it to the built-in sandbox in the upload step. */
    void trySample(SampleData sample);

    /** Asks for the folder of a prepared upload and, if it is sound, goes straight to the upload step. */
    void pickPrepared(Window owner);

    /** Why the last of these did not work; empty when it did. */
    ReadOnlyStringProperty problemProperty();
}
