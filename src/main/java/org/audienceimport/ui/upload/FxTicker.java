package org.audienceimport.ui.upload;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Ticks on the JavaFX thread four times a second: often enough for a countdown, rare enough to cost nothing. */
public final class FxTicker implements Ticker {

    private static final Duration PACE = Duration.millis(250);

    @Override
    public Ticking start(Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(PACE, e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
