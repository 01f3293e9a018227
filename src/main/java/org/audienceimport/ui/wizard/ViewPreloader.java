package org.audienceimport.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import org.audienceimport.ui.common.GradualRows;
import org.audienceimport.ui.common.Pulses;
import org.audienceimport.ui.common.ViewLoader;

/**
 * Builds the later steps' views ahead of need while the user has not started yet, one piece per pulse. Shown for
 * the first time, a view held up the window for 0.3 to 0.7 s even after the background warm-up: most of that is
 * per scene (the scene's style caches, the controls' first styling and layout), which only the window's own
 * scene can do, on the JavaFX thread.
 *
 * <p>A real view is built with its controller in one pulse and, a pulse later, put into the window, where it stays,
 * hidden and out of its layout, until its step is shown. A warm-up copy, with placeholder rows, is put into the
 * window hidden, its tables' rows made a few per pulse, and taken out. Step 2, shown the moment a file is chosen,
 * comes first, its real view and then its copy: its preview's first rows, styled cold, took over 200 ms a pulse
 * there. Then the other real views, in step order, and last their copies: a real view not built by the time the
 * user gets to its step costs a pulse of 150 to 200 ms there, while a copy not shown only makes the first rows of
 * a table a little slower, a few per pulse. It stops when all is done, when the user starts (chooses a file: from
 * then on a pulse spent here could be one the user waits on), or when its shell has been replaced (a language
 * switch). The views not built by then, or built but not yet in the window, are put in when first shown.
 */
public final class ViewPreloader {

    /** When it may begin, what it uses, and whether the user is still idle (has not chosen a file). */
    public record Settings(CompletionStage<?> allowed, WarmedCopies copies, BooleanSupplier userIdle) {
    }

    /** Placeholder rows a pulse in a copy's tables: each is a row of cells to style. */
    private static final int COPY_ROWS_PER_PULSE = 4;

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
        // Step 1's view is the window's first content.
        List<WizardStep> later = navigation.steps().stream().skip(1).filter(step -> step.fxml().isPresent()).toList();
        if (later.isEmpty()) {
            return;
        }
        WizardStep shownOnChoosingAFile = later.getFirst();
        if (!loaded.containsKey(shownOnChoosingAFile.kind())) {
            build(scene, shownOnChoosingAFile);
            return;
        }
        if (showCopyOf(scene, shownOnChoosingAFile)) {
            return;
        }
        Optional<WizardStep> unbuilt = later.stream().filter(step -> !loaded.containsKey(step.kind())).findFirst();
        if (unbuilt.isPresent()) {
            build(scene, unbuilt.get());
            return;
        }
        // Every real view is in; the other copies' placeholder rows then style the cells their tables will make.
        for (WizardStep step : later) {
            if (showCopyOf(scene, step)) {
                return;
            }
        }
    }

    /** Whether the step's copy was still to show (and now is). */
    private boolean showCopyOf(Scene scene, WizardStep step) {
        Optional<Parent> copy = settings.copies().take(step.fxml().get());
        copy.ifPresent(taken -> showCopy(scene, taken));
        return copy.isPresent();
    }

    private void build(Scene scene, WizardStep step) {
        StepKind kind = step.kind();
        Parent view = views.load(step.fxml().get());
        loaded.put(kind, view);
        // Into the window a pulse later: building a view and styling it each take about as long as a pulse may.
        Pulses.afterNext(scene, () -> {
            if (content.getChildren().contains(view)) {
                preloadNext(); // its step was shown in between, which put it in
                return;
            }
            if (!settings.userIdle().getAsBoolean()) {
                // The user chose a file while it was built: styling it now would hold up the file's first pulses.
                // It goes in when its step is first shown.
                return;
            }
            view.setVisible(false);
            content.getChildren().add(view);
            // It stays in the window, hidden: taken out, it would be restyled all over again when shown.
            Pulses.afterNext(scene, () -> {
                if (navigation.current().kind() != kind) {
                    StepViews.hide(view);
                }
                preloadNext();
            });
        });
    }

    /**
     * The copy goes into the window hidden, its tables' placeholder rows a few per pulse ({@link GradualRows}), and
     * out again once they are all made.
     */
    private void showCopy(Scene scene, Parent copy) {
        copy.setVisible(false);
        content.getChildren().add(copy);
        List<TableView<?>> tables = copy.lookupAll(".table-view").stream().filter(TableView.class::isInstance)
                .<TableView<?>>map(table -> (TableView<?>) table).toList();
        tables.forEach(table -> GradualRows.reveal(table, COPY_ROWS_PER_PULSE));
        awaitTables(scene, copy, tables);
    }

    private void awaitTables(Scene scene, Parent copy, List<TableView<?>> tables) {
        Pulses.afterNext(scene, () -> {
            // Once the user has started, a pulse spent on a copy could be one the user waits on.
            if (settings.userIdle().getAsBoolean() && tables.stream().anyMatch(GradualRows::revealing)) {
                awaitTables(scene, copy, tables);
                return;
            }
            content.getChildren().remove(copy);
            preloadNext();
        });
    }
}
