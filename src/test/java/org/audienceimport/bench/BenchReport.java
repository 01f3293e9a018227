package org.audienceimport.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the results table, the target ratios, and lines ready to paste into the README. */
final class BenchReport {

    /** A ratio the goal sets: ours ÷ baseline should not exceed {@code aim}. */
    record Target(String baseline, double aim) {
    }

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void table(List<ReaderOutcome> outcomes, long expectedRows) {
        out.printf(Locale.ROOT, "%n%-18s %12s %9s %9s %12s %13s %13s%n",
                "reader", "rows read", "best s", "median s", "rows/s", "peak heap MB", "after GC MB");
        for (ReaderOutcome o : outcomes) {
            if (!o.ran()) {
                out.printf(Locale.ROOT, "%-18s %s%n", o.name(),
                        (o.available() ? "FAILED: " : "not available (") + o.problem() + (o.available() ? "" : ")"));
                continue;
            }
            out.printf(Locale.ROOT, "%-18s %,12d %9.2f %9.2f %,12.0f %13.0f %13.0f%s%n", o.name(), o.rows(),
                    o.best(), o.median(), o.rows() / o.best(), mb(o.heap().sampledUsed()), mb(o.heap().afterGc()),
                    o.rows() == expectedRows ? "" : "   FAILED: expected " + String.format(Locale.ROOT, "%,d", expectedRows));
        }
        out.printf(Locale.ROOT, "(rows read include the header row; -Xmx = %.0f MB; peak heap is sampled every 10 ms and "
                + "includes garbage; after GC = most heap left after any collection)%n", mb(HeapWatch.maxHeap()));
    }

    void ratios(String format, long dataRows, List<ReaderOutcome> outcomes, List<Target> targets) {
        ratios(format, dataRows, outcomes, targets, "ours");
    }

    /** @param subject the reader measured against the targets' baselines */
    void ratios(String format, long dataRows, List<ReaderOutcome> outcomes, List<Target> targets, String subject) {
        ReaderOutcome ours = find(outcomes, subject);
        out.println();
        for (Target target : targets) {
            ReaderOutcome baseline = find(outcomes, target.baseline());
            String ratio = ratio(ours, baseline);
            String verdict = ratio.equals("n/a") ? "" : ours.best() / baseline.best() <= target.aim() ? "  (met)" : "  (MISSED)";
            out.printf(Locale.ROOT, "%s ÷ %s = %s, aim ≤ %.1f%s%n", subject, target.baseline(), ratio, target.aim(), verdict);
        }
        out.println();
        out.println("README:");
        for (Target target : targets) {
            ReaderOutcome baseline = find(outcomes, target.baseline());
            out.printf(Locale.ROOT, "| %s | %,d rows × %d | %s %s | %s %s | %s |%n", format, dataRows, Contact.COLUMNS,
                    target.baseline(), seconds(baseline), subject, seconds(ours), ratio(ours, baseline));
        }
    }

    private static ReaderOutcome find(List<ReaderOutcome> outcomes, String name) {
        return outcomes.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static String seconds(ReaderOutcome outcome) {
        return outcome.ran() ? String.format(Locale.ROOT, "%.2f s", outcome.best()) : "n/a";
    }

    private static String ratio(ReaderOutcome ours, ReaderOutcome baseline) {
        if (!ours.ran() || !baseline.ran()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f×", ours.best() / baseline.best());
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
