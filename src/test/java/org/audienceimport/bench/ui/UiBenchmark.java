package org.audienceimport.bench.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.audienceimport.AppFolders;
import org.audienceimport.bench.BenchFileGenerator;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.ui.AppContext;
import org.audienceimport.ui.MainWindow;
import org.audienceimport.ui.check.SeverityFilter;
import org.audienceimport.ui.common.UploadState;
import org.audienceimport.ui.upload.SecretStore;
import org.audienceimport.ui.upload.UploadEnvironment;
import org.audienceimport.ui.upload.UploadStepViewModel;
import org.audienceimport.ui.wizard.StepKind;
import org.audienceimport.upload.prepare.PrepareSettings;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The UI benchmark ({@code xvfb-run -a mvn -B -Pbench-ui verify}): the real wizard, in a real window, walked
 * through a generated file of a million rows, from choosing the file to the upload's end. It measures how
 * soon the user sees the file and its preview, and how long the JavaFX thread was ever kept from drawing:
 * an {@link AnimationTimer} asks for a pulse every frame and a scene pulse listener notes each one, so a gap
 * between two pulses well over a frame (16.7 ms) is a stall the user would see as a frozen window.
 *
 * <p>The file is "chosen" the way the Open dialog chooses it: the Browse button is fired and the dialog (the
 * one part replaced) answers with the file. "Next" is pressed the moment it is enabled. The upload goes
 * to the app's sandbox, run in a JVM of its own ({@link SandboxProcess}), over loopback, with the app's
 * default request size and a scaled rate limit.
 *
 * <p>Usage: {@code UiBenchmark <csv|xlsx> <dir> <rows> <rate, e.g. 2/4s> <sandbox heap, e.g. 6g>}. Prints a
 * report and writes it as Markdown to {@code <dir>/ui-bench-<format>.md}. Exits 1 when the wizard did not
 * get through (a missed aim is reported, not failed).
 */
public final class UiBenchmark {

    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long OVERDUE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long PREVIEW_AIM_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long SETTLE_MILLIS = 1_500;
    private static final long STEP_TIMEOUT_SECONDS = Long.getLong("bench.ui.timeout", 900);

    private final PrintStream out;
    private final PulseGaps gaps = new PulseGaps(System::nanoTime, new ThreadTimes.Reader(), STALL_NANOS);
    private volatile long lastPulse = Long.MIN_VALUE;
    private final JvmWatch jvm = new JvmWatch(() -> lastPulse, OVERDUE_NANOS);
    private final List<Milestone> pending = new CopyOnWriteArrayList<>();
    private final List<String[]> timings = new ArrayList<>();
    private Stage stage;
    private AppContext context;
    private long windowShown;

    /** A condition looked at after every pulse's layout; the time of the first pulse it holds at. */
    private record Milestone(BooleanSupplier condition, CompletableFuture<Long> reached) {
    }

    private UiBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("Usage: UiBenchmark <csv|xlsx> <dir> <rows> <rate, e.g. 2/4s> <sandbox heap, e.g. 6g>");
            System.exit(2);
        }
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        // A command-line tool in test scope: its report is its output, so it prints to stdout.
        int exit = new UiBenchmark(System.out).run(BenchFileGenerator.Format.parse(args[0]), Path.of(args[1]),
                Long.parseLong(args[2]), args[3], args[4]);
        System.exit(exit);
    }

    private int run(BenchFileGenerator.Format format, Path dir, long rows, String rate, String sandboxHeap) throws Exception {
        BenchFileGenerator.Generated file = BenchFileGenerator.ensure(dir, format, rows, BenchFileGenerator.DEFAULT_SEED);
        String header = String.format(Locale.ROOT, "UI benchmark: %s, %,d rows, %.0f MB; Java %s, %d CPUs, app -Xmx %d MB,"
                        + " load average %.2f at the start", file.file().getFileName(), rows, file.bytes() / 1e6,
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
        out.println("== " + header + " ==");
        Path home = dir.resolve("ui-bench-home-" + format.name().toLowerCase(Locale.ROOT));
        deleteTree(home);
        try (SandboxProcess sandbox = SandboxProcess.start(rate, sandboxHeap, home.resolve("sandbox-logs"))) {
            out.println("sandbox " + sandbox.uri() + " in its own JVM (-Xmx" + sandboxHeap + "), rate " + rate);
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            boolean through;
            String problem = "";
            try {
                onFx(() -> open(file.file(), home));
                through = walk(sandbox, rate);
            } catch (Exception e) {
                through = false;
                problem = String.valueOf(e);
                e.printStackTrace();
            } finally {
                onFx(() -> {
                    gaps.end();
                    jvm.end();
                    context.close();
                    stage.close();
                });
                Platform.exit();
            }
            JsonNode stats = sandbox.stats();
            String report = report(header, format, rows, rate, stats, through, problem);
            out.println();
            out.println(report);
            Files.writeString(dir.resolve("ui-bench-" + format.name().toLowerCase(Locale.ROOT) + ".md"), report,
                    StandardCharsets.UTF_8);
            jvm.close();
            return through ? 0 : 1;
        }
    }

    /** Builds the app as the desktop launcher does, around a folder of its own, and starts listening to pulses. */
    private void open(Path file, Path home) {
        stage = new Stage();
        UploadEnvironment uploads = new UploadEnvironment(AppFolders.under(home.resolve("app")), SecretStore.none(),
                SandboxSettings.defaults(), (owner, title) -> Optional.empty(), PrepareSettings.defaults());
        context = new AppContext(home.resolve("config"), Locale.ENGLISH, messages -> (owner, start) -> Optional.of(file), uploads);
        MainWindow.show(stage, context);
        windowShown = System.nanoTime();
        Scene scene = stage.getScene();
        jvm.watchFxThread(Thread.currentThread());
        Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith("QuantumRenderer"))
                .findFirst().ifPresent(jvm::watchRenderer);
        scene.addPostLayoutPulseListener(this::pulse);
        // Keeps a pulse due every frame, as any animation (a progress bar, a spinner) would.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // Nothing to draw: its being there is what makes every frame a pulse.
            }
        }.start();
    }

    private void pulse() {
        gaps.pulse();
        lastPulse = gaps.lastPulse();
        for (Milestone milestone : pending) {
            if (milestone.condition().getAsBoolean()) {
                pending.remove(milestone);
                milestone.reached().complete(lastPulse);
            }
        }
    }

    /** Steps 1 to 7; false when the wizard stopped somewhere. */
    private boolean walk(SandboxProcess sandbox, String rate) throws Exception {
        phase("idle");
        CompletableFuture<Long> warmedUp = context.warmUpFinished().thenApply(views -> System.nanoTime());
        Thread.sleep(3_000);
        if (Boolean.getBoolean("bench.ui.waitWarmUp")) {
            // A user slower in the Open dialog than the warm-up (-Dbench.ui.waitWarmUp=true).
            await(warmedUp);
        }

        phase("reading");
        CompletableFuture<Long> summaryShown = when(() -> context.navigation().current().kind() == StepKind.FILE
                && context.navigation().canGoNext().get() && !lookupText("#file-summary").isEmpty());
        // The user presses Next as soon as the summary shows it enabled.
        summaryShown.thenRun(() -> Platform.runLater(context.navigation()::next));
        CompletableFuture<Long> previewShown = when(() -> context.navigation().current().kind() == StepKind.SHEET
                && previewRows() > 0);
        CompletableFuture<Long> counted = when(() -> context.session().rowCountProperty().get() > 0);
        long classesBefore = loadedClasses();
        long chosen = onFxGet(() -> {
            long now = System.nanoTime();
            ((Button) stage.getScene().lookup("#browseButton")).fire();
            return now;
        });
        long summary = await(summaryShown);
        long preview = await(previewShown);
        long rowsCounted = await(counted);
        timing("choose the file → step 1's summary shown", summary - chosen, "");
        long classesLoaded = loadedClasses() - classesBefore;
        timing("choose the file → step 2's preview shown (Next pressed when enabled)", preview - chosen,
                (preview - chosen <= PREVIEW_AIM_NANOS ? "aim ≤ 1 s: met" : "aim ≤ 1 s: MISSED")
                        + String.format(Locale.ROOT, "; the first time: %,d classes loaded on the way", classesLoaded));
        long warmUpEnd = await(warmedUp);
        if (Boolean.getBoolean("audienceimport.noWarmUp")) {
            timing("window shown → background warm-up of the later steps ended", 0, "turned off (-Dbench.ui.noWarmUp=true)");
        } else {
            timing("window shown → background warm-up of the later steps ended", warmUpEnd - windowShown,
                Boolean.getBoolean("bench.ui.waitWarmUp") ? "the file chosen after it"
                        : warmUpEnd > chosen ? "still running when the file was chosen, 3 s after" : "before the file was chosen");
        }
        timing("choose the file → all rows counted (" + String.format(Locale.ROOT, "%,d",
                onFxGet(() -> context.session().rowCountProperty().get())) + ")", rowsCounted - chosen, "in the background");
        Thread.sleep(SETTLE_MILLIS);
        onFx(context.navigation()::back);
        await(when(() -> context.navigation().current().kind() == StepKind.FILE));
        Thread.sleep(SETTLE_MILLIS);
        long again = onFxGet(() -> {
            long now = System.nanoTime();
            context.navigation().next();
            return now;
        });
        timing("step 1 → step 2 again: preview shown (classes loaded, view kept)",
                await(when(() -> context.navigation().current().kind() == StepKind.SHEET && previewRows() > 0)) - again, "");
        Thread.sleep(SETTLE_MILLIS);
        if (stopsAfter("reading")) {
            return endEarly();
        }

        phase("mapping (steps 3 and 4)");
        long mappingStarted = System.nanoTime();
        for (StepKind step : List.of(StepKind.COLUMNS, StepKind.SEGMENT)) {
            onFx(context.navigation()::next);
            await(when(() -> context.navigation().current().kind() == step && context.navigation().canGoNext().get()));
        }
        timing("steps 3 and 4 ready (mapping suggested)", System.nanoTime() - mappingStarted, "");
        Thread.sleep(SETTLE_MILLIS);
        if (stopsAfter("mapping")) {
            return endEarly();
        }

        phase("checking");
        long checkStarted = onFxGet(() -> {
            long now = System.nanoTime();
            context.navigation().next();
            return now;
        });
        long checked = await(when(() -> context.navigation().current().kind() == StepKind.CHECK
                && context.navigation().canGoNext().get() && issueRows() >= 0));
        timing("step 5: all rows checked, issues table filled (" + String.format(Locale.ROOT, "%,d issues shown",
                onFxGet(this::issueRows)) + ")", checked - checkStarted, "");
        Thread.sleep(SETTLE_MILLIS);
        browseIssues();
        Thread.sleep(SETTLE_MILLIS);
        if (stopsAfter("checking")) {
            return endEarly();
        }

        phase("uploading");
        UploadStepViewModel upload = context.uploadStep();
        long uploadStarted = onFxGet(() -> {
            context.navigation().next();
            upload.endpointProperty().set(sandbox.uri().toString());
            upload.shopIdProperty().set(SandboxSettings.DEMO_SHOP_ID);
            upload.secretProperty().set(SandboxSettings.DEMO_SHOP_SECRET);
            upload.rateProperty().set(rate);
            long now = System.nanoTime();
            upload.start();
            return now;
        });
        long uploaded = await(when(() -> upload.stateProperty().get() == UploadState.FINISHED
                || upload.stateProperty().get() == UploadState.FAILED));
        UploadState ended = onFxGet(() -> upload.stateProperty().get());
        timing("step 6: upload started → finished (" + ended + ")", uploaded - uploadStarted, "");
        if (ended != UploadState.FINISHED) {
            out.println("The upload did not finish: " + onFxGet(() -> upload.problemProperty().get()));
            return false;
        }
        onFx(context.navigation()::next);
        await(when(() -> context.navigation().current().kind() == StepKind.DONE));
        Thread.sleep(SETTLE_MILLIS);
        onFx(() -> {
            gaps.end();
            jvm.end();
        });
        return true;
    }

    /** For quicker runs while working on one phase: {@code -Dbench.ui.until=reading|mapping|checking}. */
    private static boolean stopsAfter(String phase) {
        return phase.equals(System.getProperty("bench.ui.until"));
    }

    private boolean endEarly() throws Exception {
        onFx(() -> {
            gaps.end();
            jvm.end();
        });
        return true;
    }

    /** What a user does with a long list of issues: scrolls to its end and back, and filters it. */
    private void browseIssues() throws Exception {
        for (double position : new double[] {0.25, 0.5, 1.0, 0.0}) {
            onFx(() -> issueScrollBar().ifPresent(bar -> bar.setValue(bar.getMin() + position * (bar.getMax() - bar.getMin()))));
            Thread.sleep(300);
        }
        for (SeverityFilter filter : List.of(SeverityFilter.ERRORS, SeverityFilter.WARNINGS, SeverityFilter.ALL)) {
            onFx(() -> severity(filter));
            Thread.sleep(500);
        }
    }

    @SuppressWarnings("unchecked")
    private void severity(SeverityFilter filter) {
        ((javafx.scene.control.ComboBox<SeverityFilter>) stage.getScene().lookup("#check-severity")).setValue(filter);
    }

    private Optional<ScrollBar> issueScrollBar() {
        return lookupIssues().flatMap(table -> table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(ScrollBar.class::cast).findFirst());
    }

    private Optional<TableView<?>> lookupIssues() {
        return Optional.ofNullable((TableView<?>) stage.getScene().lookup("#check-issues"));
    }

    private int issueRows() {
        return lookupIssues().map(t -> t.getItems().size()).orElse(-1);
    }

    private int previewRows() {
        TableView<?> preview = (TableView<?>) stage.getScene().lookup("#preview");
        return preview == null ? 0 : preview.getItems().size();
    }

    private String lookupText(String id) {
        var node = stage.getScene().lookup(id);
        return node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
    }

    private void phase(String name) throws Exception {
        onFx(() -> {
            gaps.begin(name);
            jvm.begin(name);
        });
        out.printf(Locale.ROOT, "%8.1f s  %s%n", System.nanoTime() / 1e9, name);
    }

    private CompletableFuture<Long> when(BooleanSupplier condition) {
        CompletableFuture<Long> reached = new CompletableFuture<>();
        pending.add(new Milestone(condition, reached));
        return reached;
    }

    private long await(CompletableFuture<Long> milestone) throws Exception {
        try {
            return milestone.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The wizard did not get on in " + STEP_TIMEOUT_SECONDS + " s; it is on step "
                    + onFxGet(() -> context.navigation().current().kind()) + ", which says: "
                    + onFxGet(() -> context.navigation().reasonNextDisabled().get()), e);
        }
    }

    private void timing(String what, long nanos, String note) {
        timings.add(new String[] {what, String.format(Locale.ROOT, "%.3f s", nanos / 1e9), note});
        out.printf(Locale.ROOT, "  %-80s %9.3f s  %s%n", what, nanos / 1e9, note);
    }

    private String report(String header, BenchFileGenerator.Format format, long rows, String rate, JsonNode stats,
                          boolean through, String problem) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(header).append("\n\n");
        md.append("| measure | time | note |\n|---|---|---|\n");
        for (String[] timing : timings) {
            md.append("| ").append(timing[0]).append(" | ").append(timing[1]).append(" | ").append(timing[2]).append(" |\n");
        }
        md.append("\n| phase | wall time | pulses | longest gap | 99th pct | median | gaps > 100 ms | longest GC pause |"
                + " G1 Remark + Cleanup pauses | heap peak (sampled) | heap after GC (max) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (PulseGaps.Summary s : gaps.summaries()) {
            JvmWatch.Figures figures = jvm.figures(s.phase());
            md.append(String.format(Locale.ROOT, "| %s | %.1f s | %,d | %s | %.0f ms | %.0f ms | %d | %d ms | %d | %.0f MB | %.0f MB |%n",
                    s.phase(), s.wallTime() / 1e9, s.gaps(), millis(s.maxGap()) + (s.maxGap() > STALL_NANOS ? " (over)" : ""),
                    s.p99Gap() / 1e6, s.medianGap() / 1e6, s.gapsOver(), figures.longestGcPause.get(),
                    figures.markingPauses.get(), figures.heapPeak.get() / 1048576.0, figures.heapAfterGc.get() / 1048576.0));
        }
        md.append(String.format(Locale.ROOT, "%nUpload: rate %s, requests of at most %,d bytes; the sandbox counted %s requests,"
                        + " %s objects accepted, %s profiles, %s answers 429; the sandbox ran at nice %d (the app's worker threads"
                        + " at nice 10, its JIT compiler's at 5, its window's at 0).%n", rate, PrepareSettings.DEFAULT_MAX_REQUEST_BYTES,
                stats.path("requests").asText("?"), stats.path("objects_accepted").asText("?"), stats.path("profiles").asText("?"),
                stats.path("by_status").path("429").asText("0"), SandboxProcess.niceness()));
        md.append("\nThe three longest gaps over 50 ms in each phase; in brackets how the JavaFX thread spent each (on a CPU, ready but"
                + " waiting for one while other threads or processes had them, from Linux's scheduler statistics; the whole JVM stopped at"
                + " safepoints; the rest it was blocked or idle); then where it was (sampled every 5 ms once a pulse is 50 ms late; a"
                + " sampler starved of CPU takes fewer samples), and where JavaFX's render thread was in the same samples:\n\n");
        for (PulseGaps.Summary s : gaps.summaries()) {
            JvmWatch.Figures figures = jvm.figures(s.phase());
            for (PulseGaps.Stall stall : s.longest().subList(0, Math.min(3, s.longest().size()))) {
                md.append(String.format(Locale.ROOT, "- %s, %s at +%.1f s%s:", s.phase(), millis(stall.length()),
                        Math.max(0, stall.sincePhaseStart()) / 1e9, spent(stall.during())));
                List<Map.Entry<String, Long>> stacks = figures.stacksDuring(stall.start(), 3);
                if (stacks.isEmpty()) {
                    md.append(" no sample");
                }
                appendStacks(md, stacks);
                List<Map.Entry<String, Long>> renderer = figures.rendererStacksDuring(stall.start(), 2);
                if (!renderer.isEmpty()) {
                    md.append(" renderer:");
                    appendStacks(md, renderer);
                }
                md.append("\n");
            }
        }
        String until = System.getProperty("bench.ui.until", "");
        md.append(through && !until.isEmpty() ? "\nStopped after the " + until + " phase, as asked (-Dbench.ui.until).\n"
                : through ? "\nThe wizard got through all seven steps.\n" : "\nFAILED: the wizard did not get through. " + problem + "\n");
        return md.toString();
    }

    /** How the JavaFX thread spent a gap, where known. */
    private static String spent(ThreadTimes during) {
        if (during.ran() < 0 && during.stopped() < 0) {
            return "";
        }
        String cpu = during.ran() < 0 ? "" : String.format(Locale.ROOT, "on a CPU %s, waiting for one %s",
                millis(during.ran()), millis(during.waited()));
        String stopped = during.stopped() < 0 ? "" : "JVM stopped " + millis(during.stopped());
        return " (JavaFX thread " + (cpu.isEmpty() || stopped.isEmpty() ? cpu + stopped : cpu + "; " + stopped) + ")";
    }

    private static void appendStacks(StringBuilder md, List<Map.Entry<String, Long>> stacks) {
        for (Map.Entry<String, Long> stack : stacks) {
            md.append(" ").append(stack.getValue()).append(" × `").append(stack.getKey()).append("`;");
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static long loadedClasses() {
        return java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void onFx(Runnable action) throws Exception {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxGet(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
