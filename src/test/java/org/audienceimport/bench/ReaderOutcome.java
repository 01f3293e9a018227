package org.audienceimport.bench;

import java.util.Arrays;

/**
 * How one reader did: its timed passes, or why it could not run.
 *
 * @param problem null when the reader ran; otherwise what stopped it
 * @param available false when our reader is still a placeholder (not a failure)
 */
record ReaderOutcome(String name, long rows, double[] seconds, HeapWatch.Peak heap, String problem,
                     boolean available) {

    static ReaderOutcome measured(String name, long rows, double[] seconds, HeapWatch.Peak heap) {
        return new ReaderOutcome(name, rows, seconds.clone(), heap, null, true);
    }

    static ReaderOutcome notAvailable(String name, String why) {
        return new ReaderOutcome(name, 0, new double[0], null, why, false);
    }

    static ReaderOutcome failed(String name, String why) {
        return new ReaderOutcome(name, 0, new double[0], null, why, true);
    }

    boolean ran() {
        return problem == null;
    }

    double best() {
        return Arrays.stream(seconds).min().orElse(Double.NaN);
    }

    double median() {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
