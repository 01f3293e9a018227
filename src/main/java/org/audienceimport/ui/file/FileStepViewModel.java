package org.audienceimport.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.wizard.StepModel;

/**
 * Step 1: choosing the file. Reading runs in the background; a stale read (the user has picked another
 * file meanwhile) is discarded when it ends rather than cancelled, so that no opened file is left unclosed.
 */
public final class FileStepViewModel implements StepModel {

    private final ImportSession session;
    private final Tasks tasks;
    private final TableReader reader;
    private final Settings settings;
    private final Messages messages;
    private final FileSummary summaries;

    private final ReadOnlyObjectWrapper<FileStatus> status = new ReadOnlyObjectWrapper<>(this, "status", FileStatus.NO_FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final LocalizedText problem;
    private final ReadOnlyObjectWrapper<SourceException.Problem> problemKind = new ReadOnlyObjectWrapper<>(this, "problemKind");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;
    private final StringBinding summary;
    private final StringBinding sheetLine;
    private int generation;

    public FileStepViewModel(ImportSession session, Tasks tasks, TableReader reader, Settings settings, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.reader = reader;
        this.settings = settings;
        this.messages = messages;
        this.summaries = new FileSummary(messages);
        this.problem = new LocalizedText(this, "problem", messages);
        valid = Bindings.createBooleanBinding(() -> status.get() == FileStatus.READY && session.table() != null,
                status, session.tableProperty());
        reasonInvalid = messages.binding(this::reason, status, session.tableProperty());
        summary = messages.binding(() -> summaries.line(session.table(), session.rowCountProperty().get(),
                        session.countingRowsProperty().get(), session.rowsCountedSoFarProperty().get()),
                session.tableProperty(), session.rowCountProperty(), session.countingRowsProperty(),
                session.rowsCountedSoFarProperty());
        sheetLine = messages.binding(() -> summaries.sheetLine(session.table()), session.tableProperty());
        counting.bind(session.countingRowsProperty());
        refreshRecentFiles();
    }

    private String reason() {
        return switch (status.get()) {
            case NO_FILE -> messages.get("file.reason.noFile");
            case READING -> messages.get("file.reason.reading");
            case NEEDS_PASSWORD -> messages.get("file.reason.password");
            case FAILED -> messages.get("file.reason.failed");
            case READY -> "";
        };
    }

    public void open(Path path) {
        read(path, ReadOptions.DETECT);
    }

    /** Forgets the file, as at the start, for another import. */
    public void clear() {
        generation++;
        file.set(null);
        problem.clear();
        problemKind.set(null);
        session.startOver(null, ReadOptions.DETECT);
        status.set(FileStatus.NO_FILE);
    }

    /** Tries the current file again with the password the user typed. The array is wiped with the file. */
    public void openWithPassword(char[] password) {
        if (file.get() != null && password.length > 0) {
            read(file.get(), ReadOptions.DETECT.withPassword(password));
        }
    }

    private void read(Path path, ReadOptions options) {
        int reading = ++generation;
        file.set(path);
        problem.clear();
        problemKind.set(null);
        status.set(FileStatus.READING);
        tasks.run(progress -> reader.open(path, options))
                .onSuccess(table -> {
                    if (reading != generation) {
                        table.file().close();
                        return;
                    }
                    opened(path, table, options);
                })
                .onError(error -> {
                    if (reading == generation) {
                        failed(error, options);
                    }
                })
                .start();
    }

    private void opened(Path path, ChosenTable table, ReadOptions options) {
        session.startOver(table, options);
        settings.addRecentFile(path);
        refreshRecentFiles();
        status.set(FileStatus.READY);
    }

    private void failed(Throwable error, ReadOptions options) {
        session.startOver(null, ReadOptions.DETECT);
        options.password().ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        if (error instanceof SourceException e) {
            problem.set(UiText.engine(e.text()));
            problemKind.set(e.problem());
            boolean password = e.problem() == SourceException.Problem.PASSWORD_REQUIRED
                    || e.problem() == SourceException.Problem.PASSWORD_WRONG;
            status.set(password ? FileStatus.NEEDS_PASSWORD : FileStatus.FAILED);
        } else {
            // Not a problem the reader foresaw: say so plainly, the details are in the log.
            problem.set(UiText.key("file.problem.unexpected", String.valueOf(file.get().getFileName())));
            status.set(FileStatus.FAILED);
        }
    }

    private void refreshRecentFiles() {
        List<Path> existing = new ArrayList<>();
        for (Path path : settings.recentFiles()) {
            if (Files.isRegularFile(path)) {
                existing.add(path);
            }
        }
        recentFiles.setAll(existing);
    }

    /** Where the Open dialog starts: the folder of the last file used. */
    public Optional<Path> startFolder() {
        Path current = file.get() != null ? file.get() : recentFiles.isEmpty() ? null : recentFiles.getFirst();
        return Optional.ofNullable(current).map(Path::toAbsolutePath).map(Path::getParent);
    }

    public ReadOnlyObjectProperty<FileStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What is wrong with the file and what to do, as the reader put it; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    public ReadOnlyObjectProperty<SourceException.Problem> problemKindProperty() {
        return problemKind.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recentFiles);
    }

    /** One line: format, size, sheets or encoding, rows (counted in the background). */
    public StringBinding summary() {
        return summary;
    }

    /** Which sheet will be read and where its header is. */
    public StringBinding sheetLine() {
        return sheetLine;
    }

    /** True while the rows are being counted in the background. */
    public ReadOnlyBooleanProperty countingRowsProperty() {
        return counting.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public StringBinding reasonInvalid() {
        return reasonInvalid;
    }
}
