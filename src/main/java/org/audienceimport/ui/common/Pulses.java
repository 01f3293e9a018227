package org.audienceimport.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Spreads work that would make one long pulse over several, so the window is drawn in between. */
public final class Pulses {

    private Pulses() {
    }

    /**
     * Runs {@code work} once the scene's next pulse has laid it out, on the JavaFX thread. Changes the work
     * makes are then styled and laid out in a pulse of their own.
     */
    public static void afterNext(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Outside the pulse: changes made from a pulse listener would wait for the pulse after next anyway.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
