package org.audienceimport.ui.upload;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.audienceimport.AppFolders;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.upload.prepare.PrepareSettings;

/**
 * Where uploads keep their journals and scratch files, the secret store, the practice sandbox's settings and
 * the folder dialog and the request size limit: the system's in the app, a temporary folder's and fakes in tests.
 */
public record UploadEnvironment(AppFolders folders, SecretStore secrets, SandboxSettings sandbox, FolderPicker folderPicker,
                                PrepareSettings packing) {

    /** Asks for the folder of a prepared upload. */
    @FunctionalInterface
    public interface FolderPicker {
        Optional<Path> pick(Window owner, String title);
    }

    public static UploadEnvironment forThisUser() {
        return new UploadEnvironment(AppFolders.forThisUser(), SecretToolStore.detect(System.getenv("PATH")),
                SandboxSettings.defaults(), UploadEnvironment::chooseFolder, PrepareSettings.defaults());
    }

    private static Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }
}
