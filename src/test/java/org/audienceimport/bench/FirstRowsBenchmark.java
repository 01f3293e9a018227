package org.audienceimport.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SheetChooser;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

/**
 * Time from opening a generated file to its first 50 data rows, the way the wizard's first step reads
 * it (sheet chosen, header detected, rows below it): what a preview waits for. Each pass opens the file
 * afresh; the first pass is the cold one a user meets.
 *
 * <p>Arguments: format (csv|xlsx), directory, rows.
 */
public final class FirstRowsBenchmark {

    private static final int PREVIEW_ROWS = 50;
    private static final int PASSES = 5;

    private FirstRowsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // A command-line tool in test scope: its report is its output, so it prints to stdout.
        PrintStream out = System.out;
        // The app has its logging set up before a file is chosen; so does this, or the cold pass would count it.
        ReadBenchmark.quietLibraryLogs();
        BenchFileGenerator.Format format = BenchFileGenerator.Format.parse(args[0]);
        BenchFileGenerator.Generated input = BenchFileGenerator.ensure(Path.of(args[1]), format, Long.parseLong(args[2]),
                BenchFileGenerator.DEFAULT_SEED);
        out.println("First " + PREVIEW_ROWS + " rows of " + input.file().getFileName() + " (" + input.bytes()
                + " bytes" + (input.reused() ? ", reused" : ", generated in " + Math.round(input.seconds()) + " s") + ")");
        double best = Double.MAX_VALUE;
        for (int pass = 1; pass <= PASSES; pass++) {
            Timing timing = firstRows(input.file());
            best = Math.min(best, timing.total());
            out.printf(Locale.ROOT, "pass %d%s: %d rows in %.3f s (opening %.3f s, then the rows %.3f s)%n", pass,
                    pass == 1 ? " (cold)" : "", timing.rows(), timing.total(), timing.opening(), timing.total() - timing.opening());
        }
        out.printf(Locale.ROOT, "best: %.3f s%n", best);
    }

    private record Timing(int rows, double opening, double total) {
    }

    private static Timing firstRows(Path file) throws Exception {
        long start = System.nanoTime();
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            double opening = (System.nanoTime() - start) / 1e9;
            SheetInfo sheet = SheetChooser.choose(source, Optional.empty(), file.toString());
            try (SheetTable table = SheetTable.open(source, sheet, OptionalInt.empty())) {
                int rows = 0;
                while (rows < PREVIEW_ROWS && table.nextDataRow() != null) {
                    rows++;
                }
                return new Timing(rows, opening, (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
