package org.audienceimport.ui;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the wizard in a window, and rebuilds its content in the new language when the user switches. */
public final class MainWindow {

    public static final String TITLE = "Audience Import";
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private MainWindow() {
    }

    public static void show(Stage stage, AppContext context) {
        Scene scene = new Scene(context.buildShell(), WIDTH, HEIGHT);
        // The ViewModels keep all state, so a fresh set of views in the other language loses nothing.
        context.messages().localeProperty().addListener((obs, old, now) -> scene.setRoot(context.buildShell()));
        stage.setTitle(TITLE);
        stage.setMinWidth(860);
        stage.setMinHeight(580);
        var icon = MainWindow.class.getResource("/org/audienceimport/ui/icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setScene(scene);
        stage.show();
        context.startWarmUp();
    }
}
