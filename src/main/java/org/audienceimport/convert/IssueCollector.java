package org.audienceimport.convert;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.Row;

/**
 * Keeps the first issues for display (a million-row file with a problem on every row must not fill the
 * memory) and counts them all.
 */
public final class IssueCollector implements Conversion.RowListener {

    public static final int DEFAULT_LIMIT = 10_000;

    private final int limit;
    private final List<Issue> kept = new ArrayList<>();
    private long total;

    public IssueCollector(int limit) {
        this.limit = limit;
    }

    @Override
    public void onRow(Row source, ConvertedRow converted) {
        for (Issue issue : converted.issues()) {
            total++;
            if (kept.size() < limit) {
                kept.add(issue);
            }
        }
    }

    public List<Issue> issues() {
        return List.copyOf(kept);
    }

    public long total() {
        return total;
    }

    /** Issues found but not kept. */
    public long leftOut() {
        return total - kept.size();
    }
}
