package org.audienceimport.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with the current language's texts and controllers from the factory. */
public final class ViewLoader {

    private final ControllerFactory controllers;
    private final Messages messages;

    public ViewLoader(ControllerFactory controllers, Messages messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    /** @param fxml a path relative to the {@code org/audienceimport/ui} resource folder, e.g. {@code file/file.fxml} */
    public Parent load(String fxml) {
        URL url = ViewLoader.class.getResource("/org/audienceimport/ui/" + fxml);
        if (url == null) {
            throw new IllegalStateException("View " + fxml + " is missing from the application");
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("View " + fxml + " cannot be loaded", e);
        }
    }
}
