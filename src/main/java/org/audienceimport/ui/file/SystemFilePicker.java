package org.audienceimport.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.audienceimport.ui.common.Messages;

/** The operating system's Open dialog, offering spreadsheets first. */
public final class SystemFilePicker implements FilePicker {

    private final Messages messages;

    public SystemFilePicker(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> pick(Window owner, Optional<Path> startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("file.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("file.chooser.spreadsheets"), "*.xlsx", "*.xls", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("file.chooser.excel"), "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter(messages.get("file.chooser.csv"), "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("file.chooser.all"), "*"));
        startFolder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
