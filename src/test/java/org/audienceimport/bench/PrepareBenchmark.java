package org.audienceimport.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline benchmark ({@code mvn -Pbench-prepare verify}): {@code prepare} with a full mapping over
 * the generated 1,000,000-row file, beside the bare parse of the same file, at {@code -Xmx256m}.
 *
 * <p>For .csv the bare parse is FastCSV. For .xlsx the baseline libraries cannot read this file within
 * 256 MB (they hold its three million shared strings on the heap: see the reading benchmark at 512 MB),
 * so the bare parse there is our own reader without conversion.
 */
public final class PrepareBenchmark {

    private PrepareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: PrepareBenchmark csv|xlsx <dir> <rows>");
            System.exit(2);
        }
        ReadBenchmark.quietLibraryLogs();
        BenchFileGenerator.Format format = BenchFileGenerator.Format.parse(args[0]);
        Path dir = Path.of(args[1]);
        long rows = Long.parseLong(args[2]);
        BenchFileGenerator.Generated file = BenchFileGenerator.ensure(dir, format, rows, BenchFileGenerator.DEFAULT_SEED);
        System.out.printf(Locale.ROOT, "== prepare benchmark (%s, %,d rows, -Xmx %d MB) ==%n", format, rows,
                HeapWatch.maxHeap() / (1024 * 1024));
        Path out = dir.resolve("prepared-" + format.extension);
        boolean csv = format == BenchFileGenerator.Format.CSV;
        ReadScan bare = csv ? new FastCsvScan() : new OursScan();
        String bareName = csv ? "FastCSV" : "ours";
        int exit = new ReadBenchmark(System.out).compare(format, file.file(), rows, List.of(bare, new PrepareScan(out)),
                List.of(new BenchReport.Target(bareName, 2.0)), "prepare");
        System.exit(exit);
    }
}
