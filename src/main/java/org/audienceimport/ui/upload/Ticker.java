package org.audienceimport.ui.upload;

/**
 * Calls back on the UI thread at a steady pace while an upload runs. The upload's events are taken in
 * on each tick, so the screen is redrawn a few times a second however fast the engine reports.
 * An interface so that the ViewModel can be tested without a JavaFX toolkit.
 */
@FunctionalInterface
public interface Ticker {

    /** Starts calling {@code tick}; the returned handle stops it. */
    Ticking start(Runnable tick);

    /** A running ticker. */
    @FunctionalInterface
    interface Ticking {
        void stop();
    }
}
