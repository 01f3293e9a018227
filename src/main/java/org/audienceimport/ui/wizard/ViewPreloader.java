package org.audienceimport.ui.wizard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.audienceimport.ui.common.Pulses;
import org.audienceimport.ui.common.ViewLoader;

/**
 * Builds the later steps' views ahead of need while the user has not started yet, one piece per pulse. Shown for
 * the first time, a view held up the window for 0.3 to 0.7 s even after the background warm-up: most of that is
 * per scene (the scene's style caches, the controls' first styling and layout), which only the window's own
 * scene can do, on the JavaFX thread.
 *
 * <p>For each step in turn, the warm-up's copy of its view, with placeholder rows, is put into the window hidden
 * for one pulse and taken out; then the real view, built with its controller, likewise, but it stays in the window,
 * hidden and out of its layout, until its step is shown. It stops when every view is built, when the user starts
 * (chooses a file: from then on a pulse spent here could be one the user waits on), or when its shell has been
 * replaced (a language switch). The views not built by then are built when first shown, as before.
 */
public final class ViewPreloader {

    /** When it may begin, what it uses, and whether the user is still idle (has not chosen a file). */
    public record Settings(CompletionStage<?> allowed, WarmedCopies copies, BooleanSupplier userIdle) {
    }

    private final StackPane content;
    private final Map<StepKind, Parent> loaded;
    private final ViewLoader views;
    private final WizardNavigation navigation;
    private final Settings settings;

    ViewPreloader(StackPane content, Map<StepKind, Parent> loaded, ViewLoader views, WizardNavigation navigation,
                  Settings settings) {
        this.content = content;
        this.loaded = loaded;
        this.views = views;
        this.navigation = navigation;
        this.settings = settings;
    }

    void start() {
        settings.allowed().thenRun(() -> Platform.runLater(this::preloadNext));
    }

    private void preloadNext() {
        Scene scene = content.getScene();
        if (scene == null || !settings.userIdle().getAsBoolean()) {
            return;
        }
        Optional<WizardStep> next = navigation.steps().stream()
                .filter(step -> step.fxml().isPresent() && !loaded.containsKey(step.kind())).findFirst();
        if (next.isEmpty()) {
            return;
        }
        String fxml = next.get().fxml().get();
        Optional<Parent> copy = settings.copies().take(fxml);
        if (copy.isPresent()) {
            showHiddenForOnePulse(scene, copy.get(), () -> content.getChildren().remove(copy.get()));
            return;
        }
        StepKind kind = next.get().kind();
        Parent view = views.load(fxml);
        loaded.put(kind, view);
        // It stays in the window, hidden: taken out, it would be restyled all over again when shown.
        showHiddenForOnePulse(scene, view, () -> {
            if (navigation.current().kind() != kind) {
                StepViews.hide(view);
            }
        });
    }

    private void showHiddenForOnePulse(Scene scene, Parent node, Runnable afterwards) {
        node.setVisible(false);
        content.getChildren().add(node);
        // The next piece in a later pulse, so that no pulse carries more than one.
        Pulses.afterNext(scene, () -> {
            afterwards.run();
            preloadNext();
        });
    }
}
