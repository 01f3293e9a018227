package org.audienceimport.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The reading benchmark ({@code mvn -Pbench verify}): generates (or reuses) a contacts file and
 * times full scans of it by the baseline libraries and by our reader, in one JVM.
 *
 * <p>Usage: {@code ReadBenchmark csv|xlsx <dir> <rows>}. Exits 1 when a reader fails or the
 * readers disagree on the row count. Lives in test scope so the baselines never ship.
 */
public final class ReadBenchmark {

    private static final int WARM_UP_PASSES = 1;
    private static final int TIMED_PASSES = 3;

    private final PrintStream out;

    ReadBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: ReadBenchmark csv|xlsx <dir> <rows>");
            System.exit(2);
        }
        quietLibraryLogs();
        // A command-line tool in test scope: its report is its output, so it prints to stdout.
        int exitCode = new ReadBenchmark(System.out)
                .run(BenchFileGenerator.Format.parse(args[0]), Path.of(args[1]), Long.parseLong(args[2]));
        System.exit(exitCode);
    }

    int run(BenchFileGenerator.Format format, Path dir, long rows) throws Exception {
        out.printf(Locale.ROOT, "== %s reading benchmark: %,d data rows × %d columns, Java %s, %d CPUs, -Xmx %d MB, "
                + "load average %s ==%n", format, rows, Contact.COLUMNS, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeap() / (1024 * 1024), loadAverage());
        BenchFileGenerator.Generated file = BenchFileGenerator.ensure(dir, format, rows, BenchFileGenerator.DEFAULT_SEED);
        out.printf(Locale.ROOT, "%s: %,.1f MB, %s%n", file.file(), file.bytes() / 1e6,
                file.reused() ? "reused (same rows, seed and generator)" : String.format(Locale.ROOT, "generated in %.1f s", file.seconds()));

        boolean csv = format == BenchFileGenerator.Format.CSV;
        List<ReadScan> scans = csv
                ? List.of(new FastCsvScan(), new OursScan())
                : List.of(new PoiEventScan(), new FastExcelScan(), new OursScan());
        List<BenchReport.Target> targets = csv
                ? List.of(new BenchReport.Target("FastCSV", 1.3))
                : List.of(new BenchReport.Target("fastexcel-reader", 1.5), new BenchReport.Target("POI event API", 1.0));
        return compare(format, file.file(), rows, scans, targets);
    }

    /** Times every scan of {@code file}, prints the report, and returns the exit code. */
    int compare(BenchFileGenerator.Format format, Path file, long rows, List<ReadScan> scans,
                List<BenchReport.Target> targets) {
        return compare(format, file, rows, scans, targets, "ours");
    }

    /** @param subject the scan whose time is compared with the targets' baselines */
    int compare(BenchFileGenerator.Format format, Path file, long rows, List<ReadScan> scans,
                List<BenchReport.Target> targets, String subject) {
        List<ReaderOutcome> outcomes = new ArrayList<>();
        try (HeapWatch heap = new HeapWatch()) {
            for (ReadScan scan : scans) {
                outcomes.add(measure(scan, file, heap));
            }
        }
        BenchReport report = new BenchReport(out);
        long expectedRows = rows + 1;
        report.table(outcomes, expectedRows);
        report.ratios(format.extension, rows, outcomes, targets, subject);

        boolean failed = outcomes.stream()
                .anyMatch(o -> (o.available() && !o.ran()) || (o.ran() && o.rows() != expectedRows));
        out.println("Load average at the end: " + loadAverage() + " (other work on the machine slows every reader alike)");
        out.println(failed ? "\nFAILED: a reader failed or the readers disagree on the row count." : "\nOK: row counts agree.");
        return failed ? 1 : 0;
    }

    private ReaderOutcome measure(ReadScan scan, Path file, HeapWatch heap) {
        out.printf(Locale.ROOT, "%-18s", scan.name());
        try {
            long rows = -1;
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                heap.reset();
                long start = System.nanoTime();
                rows = scan.scan(file).rows();
                out.printf(Locale.ROOT, " warm-up %.2fs |", (System.nanoTime() - start) / 1e9);
            }
            double[] seconds = new double[TIMED_PASSES];
            long sampledPeak = 0;
            long afterGcPeak = 0;
            for (int i = 0; i < TIMED_PASSES; i++) {
                heap.reset();
                long start = System.nanoTime();
                ReadScan.Result result = scan.scan(file);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                HeapWatch.Peak peak = heap.peak();
                sampledPeak = Math.max(sampledPeak, peak.sampledUsed());
                afterGcPeak = Math.max(afterGcPeak, peak.afterGc());
                if (result.rows() != rows) {
                    out.println();
                    return ReaderOutcome.failed(scan.name(), "pass " + (i + 1) + " read " + result.rows()
                            + " rows, the warm-up " + rows);
                }
                out.printf(Locale.ROOT, " %.2fs", seconds[i]);
            }
            out.println();
            return ReaderOutcome.measured(scan.name(), rows, seconds, new HeapWatch.Peak(sampledPeak, afterGcPeak));
        } catch (UnsupportedOperationException e) {
            out.println(" not available");
            return ReaderOutcome.notAvailable(scan.name(), "UnsupportedOperationException");
        } catch (Exception | OutOfMemoryError e) {
            out.println(" failed");
            return ReaderOutcome.failed(scan.name(), e.toString());
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }

    /** POI and the readers log through SLF4J to logback, whose default is DEBUG on the console. */
    static void quietLibraryLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
