package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ShortTimeSlicesTest {

    @Test
    void onLinux612OrLaterTheCallingThreadGetsTheShortSliceAndKeepsItsNiceValue() throws Exception {
        assumeTrue(kernelAtLeast(6, 12), "needs Linux 6.12 or later (custom time slices); this is " + System.getProperty("os.name")
                + " " + System.getProperty("os.version"));
        // On a thread of its own, so the test runner's threads keep their scheduling.
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            Optional<Long> before = ShortTimeSlices.currentSlice();
            boolean set = ShortTimeSlices.requestForWindowThreads();
            seen.complete(new Seen(before, set, ShortTimeSlices.currentSlice()));
        });
        Seen result = seen.get(10, TimeUnit.SECONDS);

        assertThat(result.before()).isPresent().isNotEqualTo(Optional.of(ShortTimeSlices.SLICE.toNanos()));
        assertThat(result.set()).isTrue();
        assertThat(result.after()).contains(ShortTimeSlices.SLICE.toNanos());
    }

    private record Seen(Optional<Long> before, boolean set, Optional<Long> after) {
    }

    @Test
    void anotherThreadKeepsTheSliceItHad() throws Exception {
        assumeTrue(kernelAtLeast(6, 12), "needs Linux 6.12 or later");
        Optional<Long> mine = ShortTimeSlices.currentSlice();
        Thread other = Thread.ofPlatform().start(ShortTimeSlices::requestForWindowThreads);
        other.join(10_000);

        assertThat(ShortTimeSlices.currentSlice()).isEqualTo(mine);
    }

    private static boolean kernelAtLeast(int major, int minor) {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        String[] version = System.getProperty("os.version", "0.0").split("[.-]");
        int actualMajor = Integer.parseInt(version[0]);
        int actualMinor = version.length > 1 ? Integer.parseInt(version[1]) : 0;
        return actualMajor > major || actualMajor == major && actualMinor >= minor;
    }
}
