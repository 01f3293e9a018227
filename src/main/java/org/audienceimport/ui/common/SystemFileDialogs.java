package org.audienceimport.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's own Save, Open and folder dialogs. */
public final class SystemFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> save(Window owner, String title, Optional<Path> folder, String fileName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(fileName);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        String name = chosen.getName().toLowerCase(Locale.ROOT);
        if (types.isEmpty() || types.stream().anyMatch(t -> name.endsWith("." + t.extension()))) {
            return Optional.of(chosen.toPath());
        }
        // Some systems return the name exactly as typed: add the extension of the type the user had chosen.
        String extension = types.stream()
                .filter(t -> chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getExtensions().contains("*." + t.extension()))
                .findFirst().orElse(types.getFirst()).extension();
        return Optional.of(chosen.toPath().resolveSibling(chosen.getName() + "." + extension));
    }

    @Override
    public Optional<Path> open(Window owner, String title, List<FileType> types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), "*." + type.extension()));
        }
        return chooser;
    }
}
