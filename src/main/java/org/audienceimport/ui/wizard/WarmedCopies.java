package org.audienceimport.ui.wizard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javafx.scene.Parent;

/**
 * The throwaway copies of the views that {@link ViewWarmUp} made, kept until the window has shown each one
 * hidden for a pulse: styled and laid out in the window's own scene, a copy's placeholder rows and cells fill
 * that scene's style caches for the real view's rows and cells, which the real view, empty until its step, cannot.
 */
public final class WarmedCopies {

    private final Map<String, Parent> copies = new ConcurrentHashMap<>();

    void keep(String fxml, Parent copy) {
        copies.put(fxml, copy);
    }

    /** The copy of the view, handed over once; empty if none was made (or it was taken before). */
    Optional<Parent> take(String fxml) {
        return Optional.ofNullable(copies.remove(fxml));
    }
}
