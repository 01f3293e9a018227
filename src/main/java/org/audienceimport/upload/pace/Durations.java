package org.audienceimport.upload.pace;

import java.time.Duration;
import java.util.Locale;

/** Durations as people say them: "800 ms", "4 s", "2 min 5 s", "1 h 3 min". */
public final class Durations {

    private Durations() {
    }

    public static String words(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return seconds % 60 == 0 ? minutes + " min" : String.format(Locale.ROOT, "%d min %d s", minutes, seconds % 60);
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%d h %d min", minutes / 60, minutes % 60);
    }
}
