package org.audienceimport.source.xls;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.ReadWarning;

/** Keeps the first warnings and counts the rest, so a sheet full of #N/A cannot fill the memory. */
final class WarningLog {

    static final int KEPT = 500;

    private final List<ReadWarning> kept = new ArrayList<>();
    private long count;

    void add(ReadWarning warning) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(warning);
        }
    }

    List<ReadWarning> kept() {
        return List.copyOf(kept);
    }

    long count() {
        return count;
    }
}
