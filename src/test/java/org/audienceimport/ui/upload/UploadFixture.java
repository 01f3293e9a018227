package org.audienceimport.ui.upload;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.audienceimport.AppFolders;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.ui.ImmediateTasks;
import org.audienceimport.ui.columns.ColumnsStepViewModel;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.file.FileStepViewModel;
import org.audienceimport.upload.UploadSettings;
import org.audienceimport.upload.prepare.PrepareSettings;

/**
 * Steps 1, 3 and 6 without a JavaFX toolkit: the file is opened and mapped as the wizard does, then the
 * upload step sends it with the real engine. Everything runs on the test's thread except the engine.
 */
final class UploadFixture implements AutoCloseable {

    final ImportSession session = new ImportSession();
    final Messages messages = new Messages(Locale.ENGLISH);
    final ImmediateTasks tasks = new ImmediateTasks();
    final ManualTicker ticker = new ManualTicker();
    final PracticeSandbox sandbox;
    final FileStepViewModel fileStep;
    final ColumnsStepViewModel columnsStep;
    final UploadStepViewModel upload;

    UploadFixture(Path folder, PracticeSandbox sandbox, PrepareSettings packing) {
        this(folder, sandbox, packing, new UploadRunner());
    }

    /** With the runner given, e.g. one whose HTTP client is built when the test says. */
    UploadFixture(Path folder, PracticeSandbox sandbox, PrepareSettings packing, UploadRunner runner) {
        this.sandbox = sandbox;
        FieldCatalog catalog = FieldCatalog.standard();
        fileStep = new FileStepViewModel(session, tasks, new TableReader(), new Settings(folder.resolve("config")), messages);
        columnsStep = new ColumnsStepViewModel(session, tasks, catalog, messages, new Settings(folder.resolve("config")));
        upload = new UploadStepViewModel(session, new UploadServices(new UploadSources(catalog, packing), runner,
                UploadSettings.defaults(AppFolders.under(folder.resolve("app"))), SecretStore.none(), sandbox, ticker,
                System::nanoTime), tasks, messages);
    }

    /** Opens the file and takes the suggested columns, as steps 1 to 3 do. */
    void openAndMap(Path file) {
        fileStep.open(file);
        columnsStep.entered();
        upload.entered();
    }

    /** Turns the ticker until the condition holds. */
    void tickUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the upload did not get there in time; state " + upload.stateProperty().get()
                        + ", problem: " + upload.problemProperty().get());
            }
            ticker.tick();
            Thread.sleep(20);
        }
    }

    void tickUntilEnded() throws InterruptedException {
        tickUntil(() -> !upload.isRunning());
    }

    @Override
    public void close() {
        upload.cancel();
        sandbox.close();
        session.close();
    }
}
