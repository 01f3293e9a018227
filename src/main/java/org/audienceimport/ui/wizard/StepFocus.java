package org.audienceimport.ui.wizard;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;

import org.audienceimport.ui.common.Pulses;

/**
 * Where the keyboard focus goes as the wizard moves: into a step's view when it is shown, back into the step when
 * Next turns off under the focus, and onto Next once a step is complete. JavaFX moves the focus by itself at some of
 * those moments (a focused button that is turned off passes the focus round the window, a pulse or two later), so
 * each rule also says when it acts.
 */
final class StepFocus {

    private final Parent root;
    private final StackPane content;
    private final Button backButton;
    private final Button nextButton;

    /** @param content holds the steps' views, the shown one visible ({@link StepViews}) */
    StepFocus(Parent root, StackPane content, Button backButton, Button nextButton) {
        this.root = root;
        this.content = content;
        this.backButton = backButton;
        this.nextButton = nextButton;
    }

    /** The step's view has just been made the shown one: its first control takes the focus. */
    void stepShown(Parent view) {
        Platform.runLater(() -> focusFirstControl(view));
        Scene scene = root.getScene();
        if (scene != null) {
            Node pressed = scene.getFocusOwner();
            // JavaFX's own focus clean-up, after Next is turned off under the focus, runs in a later pulse and can
            // pass the focus round the window (to Back, to the language menu); two pulses on, the step takes it back.
            Pulses.afterNext(scene, () -> Pulses.afterNext(scene, () -> keepFocusInView(view, pressed)));
        }
    }

    /**
     * Next turning off under the focus (the last step, or a step not complete yet) would let JavaFX pass the focus
     * on round the window, to the language menu; the step's own first control is where a keyboard user expects it.
     */
    void nextTurnedOff() {
        // The scene's focus owner, not isFocused(): that is also false while another window has the focus.
        if (root.getScene() != null && root.getScene().getFocusOwner() == nextButton
                && StepViews.shown(content).orElse(null) instanceof Parent view) {
            // At once, before the next pulse's focus clean-up can pass it on; and again once a step change that
            // came with it has put its view in place.
            focusFirstControl(view);
            Platform.runLater(() -> {
                if (root.getScene() != null && StepViews.shown(content).orElse(null) instanceof Parent shown
                        && !isInside(root.getScene().getFocusOwner(), shown)) {
                    focusFirstControl(shown);
                }
            });
        }
    }

    /**
     * Once a step becomes complete, Enter should move on: focus goes to Next when it was on a button that did
     * the work (Enter presses the focused button, so leaving focus on "Choose a file…" would open the dialog
     * again) or nowhere useful. Never from a field, list, box or table the user is working in: a choice made
     * with the arrow keys must not lose its focus halfway through the list.
     */
    void stepComplete() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean working = focused != null && focused.isVisible() && !focused.isDisabled()
                && !(focused instanceof Button || focused instanceof Hyperlink);
        if (!working) {
            nextButton.requestFocus();
        }
    }

    /**
     * @param pressed what had the focus when the step changed: Back or Next keep it if the user pressed them (to
     *                press again), but not if the focus came to them by JavaFX passing it on
     */
    private void keepFocusInView(Parent view, Node pressed) {
        Scene scene = root.getScene();
        if (scene == null || StepViews.shown(content).orElse(null) != view) {
            return;
        }
        Node owner = scene.getFocusOwner();
        boolean onNavigation = (owner == nextButton || owner == backButton) && owner == pressed && !owner.isDisabled();
        if (owner == null || (!onNavigation && !isInside(owner, view))) {
            focusFirstControl(view);
        }
    }

    /** The first control marked for it that can be used now (a workbook of one sheet has no sheet to choose). */
    private void focusFirstControl(Parent view) {
        view.lookupAll(".initial-focus").stream()
                .filter(node -> !node.isDisabled() && node.isVisible())
                .findFirst().orElse(nextButton).requestFocus();
    }

    private static boolean isInside(Node node, Parent view) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == view) {
                return true;
            }
        }
        return false;
    }
}
