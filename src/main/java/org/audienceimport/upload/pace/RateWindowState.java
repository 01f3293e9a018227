package org.audienceimport.upload.pace;

import java.time.Duration;

/**
 * The rate window at one moment, for the progress display.
 *
 * @param limit      the most requests allowed in any window
 * @param window     the window's length (the server's; the client waits a small margin longer)
 * @param used       requests that still count: sent within the window, or in flight
 * @param free       requests that may be sent now without waiting
 * @param nextSlotIn how long until another request may be sent (zero when one may be sent now)
 */
public record RateWindowState(int limit, Duration window, int used, int free, Duration nextSlotIn) {
}
