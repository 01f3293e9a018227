package org.audienceimport.source;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first warnings and counts the rest, so a sheet full of #N/A cannot fill the memory. */
public final class WarningLog {

    public static final int KEPT = 500;

    private final List<ReadWarning> kept = new ArrayList<>();
    private long count;

    public void add(ReadWarning warning) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(warning);
        }
    }

    public List<ReadWarning> kept() {
        return List.copyOf(kept);
    }

    public long count() {
        return count;
    }
}
