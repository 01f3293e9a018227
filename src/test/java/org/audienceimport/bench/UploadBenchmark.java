package org.audienceimport.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.upload.RateLimit;
import org.audienceimport.upload.pace.RateWindow;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.Preparation;
import org.audienceimport.upload.prepare.PreparedUpload;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The upload benchmark ({@code mvn -B -Pbench-upload verify}): the generated contacts file is prepared
 * with the full mapping into requests of a small size limit, then sent to the sandbox over loopback with
 * a scaled rate window. It checks two things:
 * <ol>
 * <li><b>Packing</b>: the requests sent are the fewest the size limit allows ({@link UploadPacking}).</li>
 * <li><b>Pacing</b>: the time taken is close to the floor the rate limit sets. Under at most N requests
 *     in any window W (counted by arrival, as the sandbox and the platform count), request k (0-based)
 *     cannot arrive before ⌊k / N⌋ × W after the first; so the last of R requests has the floor
 *     ⌊(R − 1) / N⌋ × W. The first request of the last window has the same floor, and is what pacing
 *     decides; the rest of that window go one after another, limited by how long a request takes, not
 *     by the limit, so both are shown. Aim: measured ÷ floor ≤ 1.05.</li>
 * </ol>
 * A window thus costs the engine W, plus its margin, plus how long the window's first request was on the
 * line (it frees a slot a window after the answer, the latest the request can have arrived): both are
 * printed, so a missed aim shows which of them is to blame.
 *
 * <p>Before the paced run, the same upload is sent once with no limit to speak of: it warms the JIT and
 * shows how long the requests themselves take.
 *
 * <p>Usage: {@code UploadBenchmark <dir> <rows> <max-request-bytes> <rate>}. Exits 1 when the upload is
 * incomplete, a 429 was drawn, a window or the size limit was overrun, or more requests went than the
 * packing needs; a missed pacing aim is reported, not failed.
 */
public final class UploadBenchmark {

    private static final double PACING_AIM = 1.05;
    private static final RateLimit UNLIMITED = new RateLimit(1_000_000, Duration.ofSeconds(1));

    private final PrintStream out;

    private UploadBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("Usage: UploadBenchmark <dir> <rows> <max-request-bytes> <rate, e.g. 10/2s>");
            System.exit(2);
        }
        ReadBenchmark.quietLibraryLogs();
        // A command-line tool in test scope: its report is its output, so it prints to stdout.
        int exit = new UploadBenchmark(System.out).run(Path.of(args[0]), Long.parseLong(args[1]), Long.parseLong(args[2]),
                RateLimit.parse(args[3]));
        System.exit(exit);
    }

    private int run(Path dir, long rows, long maxRequestBytes, RateLimit rate) throws Exception {
        out.printf(Locale.ROOT, "== upload benchmark: %,d rows, requests of at most %,d bytes, rate %s, Java %s, %d CPUs,"
                + " -Xmx %d MB ==%n", rows, maxRequestBytes, rate, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeap() / (1024 * 1024));
        BenchFileGenerator.Generated file = BenchFileGenerator.ensure(dir, BenchFileGenerator.Format.CSV, rows,
                BenchFileGenerator.DEFAULT_SEED);
        PrepareSettings packing = PrepareSettings.defaults().withMaxRequestBytes(maxRequestBytes);
        Path folder = dir.resolve("upload-prepared-" + rows + "-" + maxRequestBytes);
        long started = System.nanoTime();
        prepare(file.file(), folder, packing);
        out.printf(Locale.ROOT, "%s (%,.1f MB) prepared into %s in %.1f s%n", file.file().getFileName(), file.bytes() / 1e6,
                folder.getFileName(), (System.nanoTime() - started) / 1e9);
        UploadPacking packed = UploadPacking.of(PreparedUpload.open(folder), packing.usableBytes());

        UploadRun unpaced = UploadRun.of(folder, maxRequestBytes, UNLIMITED, UNLIMITED, dir.resolve("upload-home-unpaced"));
        UploadRun paced = UploadRun.of(folder, maxRequestBytes, rate, rate, dir.resolve("upload-home-paced"));

        boolean packingOk = printPacking(packed, paced, maxRequestBytes, packing);
        Pacing pacing = Pacing.of(paced, rate);
        boolean pacingOk = printPacing(pacing, paced, unpaced, rate);
        boolean complete = paced.report().complete() && unpaced.report().complete()
                && paced.stats().profiles() == packed.objects() && paced.stats().objectsAccepted() == packed.objects();
        out.printf(Locale.ROOT, "%nupload complete: %s (%,d profiles in the sandbox for %,d objects)%n", complete ? "yes" : "NO",
                paced.stats().profiles(), packed.objects());
        out.printf(Locale.ROOT, "%nREADME:%n| upload, prepared .csv | %,d rows → %,d objects → %d requests ≤ %,d B"
                        + " (fewest by size: %d) | %s | floor %.2f s | %.2f s | %.3f× |%n", rows, packed.objects(),
                pacing.requests(), maxRequestBytes, packed.sizeBound(), rate, seconds(pacing.floor()),
                seconds(pacing.toFirstOfLast()), pacing.ratio());
        boolean ok = complete && packingOk && pacingOk;
        out.println(ok ? "\nOK" : "\nFAILED: see above.");
        return ok ? 0 : 1;
    }

    private static void prepare(Path file, Path folder, PrepareSettings packing) throws Exception {
        Mapping mapping = new MappingJson(FieldCatalog.standard()).parse(PrepareScan.FULL_MAPPING, "the benchmark's mapping");
        Preparation preparation = new Preparation(new Conversion(new ValueNormalisers(), LocalDate.of(2026, 11, 29), false),
                "bench");
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            preparation.run(file, source, mapping, new ObjectMapper().readTree(PrepareScan.FULL_MAPPING), folder, packing, null);
        }
    }

    /** Prints the packing table; false when more requests went than the order-keeping packing needs. */
    private boolean printPacking(UploadPacking p, UploadRun paced, long maxRequestBytes, PrepareSettings packing) {
        long requests = paced.stats().requests();
        out.printf(Locale.ROOT, "%npacking%n");
        row("audience objects", "%,d", p.objects());
        row("their bytes, no commas (S)", "%,d", p.objectBytes());
        row("each with one comma (T = S + objects)", "%,d", p.total());
        row("usable bytes per batch", "%,d  (%,d − %,d kept for the credentials)", p.usable(), maxRequestBytes,
                packing.reservedCredentialBytes());
        row("batch header / footer", "%d / %d bytes", p.header(), p.footer());
        row("room for objects (C = usable − both)", "%,d  (holds C + 1 of T: no comma after the last)", p.room());
        row("fewest requests by size ⌈T / (C + 1)⌉", "%,d", p.sizeBound());
        row("fewest requests keeping the order", "%,d", p.inOrderFewest());
        row("batches prepared / requests sent", "%,d / %,d", p.batches(), requests);
        row("largest batch / body on the wire", "%,d / %,d bytes (limit %,d)", p.largestBatch(),
                paced.stats().largestBodyBytes(), maxRequestBytes);
        boolean fewest = requests == p.inOrderFewest() && p.batches() == requests;
        boolean withinLimit = paced.stats().largestBodyBytes() <= maxRequestBytes;
        out.printf(Locale.ROOT, "requests %s the size bound%s%s%n", requests == p.sizeBound() ? "equal" : "differ from",
                fewest ? "" : "; MORE THAN THE IN-ORDER PACKING NEEDS", withinLimit ? "" : "; A BODY WENT OVER THE LIMIT");
        return fewest && withinLimit && requests >= p.sizeBound();
    }

    /**
     * The floor and the measure: {@code windows} = ⌊(R − 1) / N⌋ windows crossed, request {@code firstOfLast}
     * (the first the last window lets through) and the last both have the floor {@code windows × W}.
     */
    private record Pacing(int requests, int windows, int firstOfLast, Duration floor, Duration toFirstOfLast,
                          Duration toLast, double ratio) {
        static Pacing of(UploadRun run, RateLimit rate) {
            int requests = run.arrivals().size();
            int windows = (requests - 1) / rate.requests();
            int firstOfLast = windows * rate.requests();
            Duration floor = rate.window().multipliedBy(windows);
            Duration toFirstOfLast = run.untilArrival(firstOfLast);
            return new Pacing(requests, windows, firstOfLast, floor, toFirstOfLast, run.untilArrival(requests - 1),
                    floor.isZero() ? Double.NaN : (double) toFirstOfLast.toNanos() / floor.toNanos());
        }
    }

    /** Prints the pacing table; false when the limit was overrun (a missed aim is only shown). */
    private boolean printPacing(Pacing pacing, UploadRun paced, UploadRun unpaced, RateLimit rate) {
        int requests = pacing.requests();
        int windows = pacing.windows();
        int firstOfLast = pacing.firstOfLast();
        Duration floor = pacing.floor();
        Duration toFirstOfLast = pacing.toFirstOfLast();
        Duration toLast = pacing.toLast();
        double ratio = pacing.ratio();
        double perRequest = unpaced.report().duration().toNanos() / 1e6 / unpaced.arrivals().size();
        out.printf(Locale.ROOT, "%npacing%n");
        row("unpaced run (same upload, no limit)", "%.2f s, %.0f ms a request on average", seconds(unpaced.report().duration()),
                perRequest);
        row("requests, windows crossed ⌊(R − 1) / N⌋", "%d, %d", requests, windows);
        row("floor for arrival " + firstOfLast + " and the last", "%d × %s = %.2f s", windows, rate.window().toMillis() % 1000 == 0
                ? rate.window().toSeconds() + " s" : rate.window().toMillis() + " ms", seconds(floor));
        row("engine's margin per window", "%d ms", RateWindow.margin(rate.window()).toMillis());
        row("a request on the line, arrival → answer", "%.1f ms on average (the engine frees a slot a window after"
                + " the answer: it cannot know the arrival)", paced.meanOnTheLine().toNanos() / 1e6);
        row("answer of k → arrival of k + N, beyond W", "%.1f ms on average (the margin, and waking up)",
                paced.meanBeyondWindow(rate).toNanos() / 1e6);
        row("first → arrival " + firstOfLast + " (pacing)", "%.3f s  ratio %.3f, aim ≤ %.2f%s", seconds(toFirstOfLast), ratio,
                PACING_AIM, ratio <= PACING_AIM ? "  (met)" : "  (MISSED)");
        row("first → last arrival", "%.3f s  ratio %.3f (the last %d go one after another)", seconds(toLast),
                (double) toLast.toNanos() / floor.toNanos(), requests - 1 - firstOfLast);
        row("engine's wall time (first request to report)", "%.3f s", seconds(paced.report().duration()));
        row("uncertainty of first → arrival " + firstOfLast, "−%.1f / +%.1f ms (arrivals are noted by polling the sandbox)",
                paced.uncertainty(firstOfLast).toNanos() / 1e6, paced.uncertainty(0).toNanos() / 1e6);
        row("429s / most requests in a window", "%d / %d (limit %d)", paced.stats().status(429),
                paced.stats().maxRequestsInWindow(), rate.requests());
        return paced.stats().status(429) == 0 && paced.stats().maxRequestsInWindow() <= rate.requests();
    }

    private void row(String name, String format, Object... values) {
        out.printf(Locale.ROOT, "  %-46s %s%n", name, String.format(Locale.ROOT, format, values));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
