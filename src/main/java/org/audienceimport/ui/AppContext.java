package org.audienceimport.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javafx.scene.Parent;

import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.ui.check.CheckEngine;
import org.audienceimport.ui.check.CheckStepController;
import org.audienceimport.ui.check.CheckStepViewModel;
import org.audienceimport.ui.columns.ColumnsStepController;
import org.audienceimport.ui.columns.ColumnsStepViewModel;
import org.audienceimport.ui.columns.TargetNames;
import org.audienceimport.ui.common.ControllerFactory;
import org.audienceimport.ui.common.DesktopServices;
import org.audienceimport.ui.common.FxTasks;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RowCounting;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.ThemeChoice;
import org.audienceimport.ui.common.Themes;
import org.audienceimport.ui.common.ViewLoader;
import org.audienceimport.ui.file.FilePicker;
import org.audienceimport.ui.file.FileStepController;
import org.audienceimport.ui.file.FileStatus;
import org.audienceimport.ui.file.FileStepViewModel;
import org.audienceimport.ui.file.ReaderWarmUp;
import org.audienceimport.ui.segment.SegmentStepController;
import org.audienceimport.ui.segment.NormaliserWarmUp;
import org.audienceimport.ui.segment.SegmentStepViewModel;
import org.audienceimport.ui.sheet.SheetStepController;
import org.audienceimport.ui.sheet.SheetStepViewModel;
import org.audienceimport.ui.wizard.StepKind;
import org.audienceimport.ui.wizard.ViewWarmUp;
import org.audienceimport.ui.wizard.WarmUp;
import org.audienceimport.ui.wizard.ViewPreloader;
import org.audienceimport.ui.wizard.WarmedCopies;
import org.audienceimport.ui.wizard.WizardNavigation;
import org.audienceimport.ui.wizard.WizardShellController;
import org.audienceimport.ui.wizard.WizardStep;
import org.audienceimport.ui.upload.CloseGuard;
import org.audienceimport.ui.upload.FxTicker;
import org.audienceimport.ui.upload.PracticeSandbox;
import org.audienceimport.ui.upload.StartShortcuts;
import org.audienceimport.ui.upload.UploadEnvironment;
import org.audienceimport.ui.upload.UploadRunner;
import org.audienceimport.ui.upload.UploadServices;
import org.audienceimport.ui.upload.UploadSources;
import org.audienceimport.ui.upload.UploadStepController;
import org.audienceimport.ui.upload.UploadStepViewModel;
import org.audienceimport.ui.done.DoneStepController;
import org.audienceimport.ui.done.DoneStepViewModel;
import org.audienceimport.upload.UploadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every object of the desktop app once and wires them by constructor. Nothing
 * else creates services, and nothing is static, so a test can build a whole app around a temporary folder.
 * Must be created on the JavaFX thread (the theme reads the system's colour scheme).
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final ExecutorService executor = Executors.newCachedThreadPool(new WorkerThreads());
    private final Settings settings;
    private final Messages messages;
    private final Themes themes;
    private final ImportSession session = new ImportSession();
    private final WizardNavigation navigation;
    private final ViewLoader views;
    private final PracticeSandbox sandbox;
    private final UploadStepViewModel uploadStep;
    private final FileStepViewModel fileStep;
    private final WarmUp warmUp;
    private final CompletableFuture<Void> viewsMayBePreloaded = new CompletableFuture<>();
    private final WarmedCopies warmedCopies = new WarmedCopies();

    /**
     * @param configFolder where settings are kept
     * @param systemLocale the operating system's language, used until the user picks one
     * @param pickers      makes the Open dialog (tests pass one that answers without a native dialog)
     */
    public AppContext(Path configFolder, Locale systemLocale, Function<Messages, FilePicker> pickers) {
        this(configFolder, systemLocale, pickers, UploadEnvironment.forThisUser());
    }

    /** @param uploads where uploads keep their journals, the secret store, the sandbox and the folder dialog */
    public AppContext(Path configFolder, Locale systemLocale, Function<Messages, FilePicker> pickers,
                      UploadEnvironment uploads) {
        this(configFolder, systemLocale, pickers, uploads, DesktopServices.dialogsOnly());
    }

    /** @param desktop the steps' Save and Open dialogs, and how a file is opened in its program */
    public AppContext(Path configFolder, Locale systemLocale, Function<Messages, FilePicker> pickers,
                      UploadEnvironment uploads, DesktopServices desktop) {
        settings = new Settings(configFolder, executor);
        messages = new Messages(settings.language().map(Locale::forLanguageTag).orElse(systemLocale));
        themes = new Themes(settings.theme().orElse(ThemeChoice.SYSTEM));
        Tasks tasks = new FxTasks(executor);
        RowCounting rowCounting = new RowCounting(session, tasks);
        TableReader reader = new TableReader();
        fileStep = new FileStepViewModel(session, tasks, reader, settings, messages);
        SheetStepViewModel sheetStep = new SheetStepViewModel(session, tasks, reader, messages);
        FieldCatalog catalog = FieldCatalog.standard();
        ColumnsStepViewModel columnsStep = new ColumnsStepViewModel(session, tasks, catalog, messages, settings);
        ValueNormalisers normalisers = new ValueNormalisers();
        SegmentStepViewModel segmentStep = new SegmentStepViewModel(session, settings, messages, normalisers, systemLocale,
                LocalDate.now(), tasks);
        CheckStepViewModel checkStep = new CheckStepViewModel(session, tasks, messages,
                new CheckEngine(normalisers, catalog, LocalDate.now()));
        sandbox = new PracticeSandbox(uploads.sandbox());
        session.practiceProperty().addListener((obs, was, now) -> {
            if (now) {
                startSandbox();
            }
        });
        uploadStep = new UploadStepViewModel(session, new UploadServices(new UploadSources(catalog, uploads.packing()), new UploadRunner(executor),
                UploadSettings.defaults(uploads.folders()), uploads.secrets(), sandbox, new FxTicker(), System::nanoTime),
                tasks, messages);
        DoneStepViewModel doneStep = new DoneStepViewModel(session, messages, this::startAnother, desktop.opener());
        navigation = new WizardNavigation(List.of(
                WizardStep.of(StepKind.FILE, fileStep, "file/file.fxml"),
                WizardStep.of(StepKind.SHEET, sheetStep, "sheet/sheet.fxml"),
                WizardStep.of(StepKind.COLUMNS, columnsStep, "columns/columns.fxml"),
                WizardStep.of(StepKind.SEGMENT, segmentStep, "segment/segment.fxml"),
                WizardStep.of(StepKind.CHECK, checkStep, "check/check.fxml"),
                WizardStep.of(StepKind.UPLOAD, uploadStep, "upload/upload.fxml"),
                WizardStep.of(StepKind.DONE, doneStep, "done/done.fxml")));
        navigation.currentProperty().addListener((property, was, now) -> rowCounting.standAside());
        // Step 1 is shown at once; then comes reading a file, and the other steps in their order.
        List<WarmUp.Job> warmUpJobs = new java.util.ArrayList<>(ReaderWarmUp.jobs(reader, uploads.folders().cache().resolve("warm-up")));
        warmUpJobs.add(NormaliserWarmUp.job(normalisers, segmentStep.phoneRegionProperty().get(), LocalDate.now()));
        warmUpJobs.addAll(ViewWarmUp.jobs(navigation.steps().stream().filter(step -> step.kind() != StepKind.FILE)
                .flatMap(step -> step.fxml().stream()).toList(), messages::bundle, warmedCopies));
        warmUp = new WarmUp(warmUpJobs);
        StartShortcuts shortcuts = new StartShortcuts(session, fileStep, navigation, tasks, messages, uploads);
        CloseGuard closeGuard = new CloseGuard(uploadStep, messages);
        FilePicker picker = pickers.apply(messages);
        ControllerFactory controllers = new ControllerFactory();
        views = new ViewLoader(controllers, messages);
        controllers
                .register(WizardShellController.class,
                        () -> new WizardShellController(navigation, views, messages, themes, settings, fileStep::open,
                                new ViewPreloader.Settings(viewsMayBePreloaded, warmedCopies, () -> navigation.current().kind() == StepKind.FILE
                                        && fileStep.statusProperty().get() == FileStatus.NO_FILE)))
                .register(FileStepController.class, () -> new FileStepController(fileStep, picker, messages, shortcuts))
                .register(SheetStepController.class, () -> new SheetStepController(sheetStep, messages))
                .register(ColumnsStepController.class,
                        () -> new ColumnsStepController(columnsStep, new TargetNames(catalog, messages), messages, desktop.dialogs()))
                .register(SegmentStepController.class, () -> new SegmentStepController(segmentStep, messages))
                .register(CheckStepController.class, () -> new CheckStepController(checkStep, session, messages, desktop.dialogs()))
                .register(UploadStepController.class, () -> new UploadStepController(uploadStep, closeGuard, messages))
                .register(DoneStepController.class, () -> new DoneStepController(doneStep));
    }

    /** The whole window's content in the current language; built again when the language changes. */
    public Parent buildShell() {
        return views.load("wizard/shell.fxml");
    }

    /** Starts step 1 on a file the desktop handed over ("Open with"), as if the user had chosen it. */
    public void openFile(Path file) {
        fileStep.open(file);
    }

    /**
     * Starts doing, in the background, the one-time costs of reading a first file and of showing the later
     * steps, so that they do not hold up the window; once that has ended, the later steps' views are built
     * ahead of need while the user has not chosen a file ({@code ViewPreloader}). Called once the window is on
     * screen. The system property {@code audienceimport.noWarmUp=true} turns both off, for measuring what they
     * save; {@code audienceimport.preloadViews=false} only the second (the UI tests, whose robot reads the
     * window from its own thread, must not race views being put in and taken out).
     */
    public void startWarmUp() {
        if (Boolean.getBoolean("audienceimport.noWarmUp")) {
            warmUp.cancel();
        } else {
            warmUp.start();
            if (Boolean.parseBoolean(System.getProperty("audienceimport.preloadViews", "true"))) {
                warmUp.finished().thenRun(() -> viewsMayBePreloaded.complete(null));
            }
        }
    }

    /** Completes with the number of warm-up jobs done when the warm-up has ended (at once if it is turned off). */
    public CompletableFuture<Integer> warmUpFinished() {
        return warmUp.finished();
    }

    public Messages messages() {
        return messages;
    }

    public Themes themes() {
        return themes;
    }

    public ImportSession session() {
        return session;
    }

    public WizardNavigation navigation() {
        return navigation;
    }

    /**
     * Starts the practice sandbox on a worker as soon as practice is chosen: its server takes a moment to start
     * (its classes, its socket), which the upload step would otherwise spend on the JavaFX thread when Start is
     * pressed. If it fails here, Start tries again and says so.
     */
    private void startSandbox() {
        try {
            executor.execute(() -> {
                try {
                    sandbox.uri();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The practice sandbox could not be started ahead of the upload", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Closing; the practice sandbox is not started");
        }
    }

    /** Forgets this import and goes back to step 1. */
    private void startAnother() {
        fileStep.clear();
        session.practiceProperty().set(false);
        navigation.jumpTo(StepKind.FILE);
    }

    public UploadStepViewModel uploadStep() {
        return uploadStep;
    }

    public PracticeSandbox practiceSandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        warmUp.cancel();
        navigation.current().model().left();
        uploadStep.cancel();
        sandbox.close();
        // Before the workers are interrupted: a write cut short would lose the last change.
        settings.close();
        executor.shutdownNow();
        session.close();
    }

    /**
     * Daemon threads, so a read still running never keeps the app alive after its window closes. They run at the
     * lowest priority, and so do the threads they start (the check's converters, the upload's engine): on a machine
     * of few cores, reading, checking and sending a million rows otherwise took the JavaFX thread's and the renderer's
     * CPU and held up the window. Windows honours Java thread priorities as they are; Linux only with the JVM options
     * the wizard's launcher passes ({@code -XX:ThreadPriorityPolicy=1}, see installer/README.md).
     */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "audience-import-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }
    }
}
