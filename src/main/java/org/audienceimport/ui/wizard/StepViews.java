package org.audienceimport.ui.wizard;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The steps' views in the window's content pane: all that have been built stay in it, and only the current one is
 * shown. A hidden view is neither drawn, nor laid out by the pane, nor reachable with Tab.
 */
final class StepViews {

    private StepViews() {
    }

    static void hide(Node view) {
        view.setVisible(false);
        view.setManaged(false);
    }

    static void reveal(Node view) {
        view.setManaged(true);
        view.setVisible(true);
    }

    /** The view shown now, if any. */
    static Optional<Node> shown(StackPane content) {
        return content.getChildren().stream().filter(view -> view.isVisible() && view.isManaged()).findFirst();
    }
}
