package org.audienceimport.ui.upload;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.stage.Window;

import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.file.FileStepViewModel;
import org.audienceimport.ui.file.OtherStarts;
import org.audienceimport.ui.file.SampleData;
import org.audienceimport.ui.wizard.StepKind;
import org.audienceimport.ui.wizard.WizardNavigation;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.upload.prepare.PreparedUploadException;

/**
 * The two other ways to begin, offered on step 1: try the app with sample data against the built-in
 * sandbox, or send a folder made by "prepare" (straight to step 6: it was checked and packed already).
 */
public final class StartShortcuts implements OtherStarts {

    private final ImportSession session;
    private final FileStepViewModel fileStep;
    private final WizardNavigation navigation;
    private final Tasks tasks;
    private final Messages messages;
    private final UploadEnvironment environment;
    private final LocalizedText problem;
    private Path sample;

    public StartShortcuts(ImportSession session, FileStepViewModel fileStep, WizardNavigation navigation, Tasks tasks,
                          Messages messages, UploadEnvironment environment) {
        this.session = session;
        this.fileStep = fileStep;
        this.navigation = navigation;
        this.tasks = tasks;
        this.messages = messages;
        this.environment = environment;
        this.problem = new LocalizedText(this, "problem", messages);
        // Practice ends as soon as the user opens a real file.
        session.tableProperty().addListener((obs, old, now) -> {
            if (now != null && !now.file().path().equals(sample)) {
                session.practiceProperty().set(false);
            }
        });
    }

    /** Copies the sample file into the app's folder, opens it, and sends to the sandbox in step 6. */
    @Override
    public void trySample(SampleData data) {
        problem.clear();
        Path target = environment.folders().cache().resolve("samples").resolve(data.fileName());
        tasks.run(p -> data.copyTo(target))
                .onSuccess(copied -> {
                    sample = copied;
                    session.practiceProperty().set(true);
                    fileStep.open(copied);
                })
                .onError(error -> problem.set(UiText.key("shortcuts.problem.sample")))
                .start();
    }

    @Override
    public void pickPrepared(Window owner) {
        environment.folderPicker().pick(owner, messages.get("shortcuts.prepared.title")).ifPresent(this::openPrepared);
    }

    /** Checks the folder in the background; a good one goes straight to step 6. */
    public void openPrepared(Path folder) {
        problem.clear();
        tasks.run(p -> PreparedUpload.open(folder))
                .onSuccess(upload -> {
                    fileStep.clear();
                    session.practiceProperty().set(false);
                    session.preparedFolderProperty().set(folder);
                    navigation.jumpTo(StepKind.UPLOAD);
                })
                .onError(error -> problem.set(error instanceof PreparedUploadException e
                        ? UiText.key("shortcuts.problem.prepared", folder.getFileName(), e.text())
                        : UiText.key("shortcuts.problem.prepared", folder.getFileName(), "")))
                .start();
    }

    @Override
    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }
}
