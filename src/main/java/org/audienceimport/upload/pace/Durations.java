package org.audienceimport.upload.pace;

import java.time.Duration;

import org.audienceimport.text.Text;

/** Durations as people say them: "800 ms", "4 s", "2 min 5 s", "1 h 3 min". */
public final class Durations {

    private Durations() {
    }

    public static String words(Duration duration) {
        return text(duration).english();
    }

    /** The same, in any language. */
    public static Text text(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return Text.of("duration.ms", millis);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return Text.of("duration.s", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return seconds % 60 == 0 ? Text.of("duration.min", minutes) : Text.of("duration.minS", minutes, seconds % 60);
        }
        return minutes % 60 == 0 ? Text.of("duration.h", minutes / 60) : Text.of("duration.hMin", minutes / 60, minutes % 60);
    }
}
