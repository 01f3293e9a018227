package org.audienceimport.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.audienceimport.ui.FxPlatform;
import org.audienceimport.ui.common.ControllerFactory;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Building the later steps' views ahead of need, in a real window on JavaFX's headless platform. */
class ViewPreloaderTest {

    private static final class Step implements StepModel {
        @Override
        public ObservableBooleanValue valid() {
            return new SimpleBooleanProperty(true);
        }

        @Override
        public ObservableStringValue reasonInvalid() {
            return new SimpleStringProperty("");
        }
    }

    private final WizardNavigation navigation = new WizardNavigation(List.of(
            WizardStep.of(StepKind.FILE, new Step(), "preload-test/first.fxml"),
            WizardStep.of(StepKind.SHEET, new Step(), "preload-test/second.fxml"),
            WizardStep.of(StepKind.COLUMNS, new Step(), "preload-test/third.fxml")));
    private final ViewLoader views = new ViewLoader(new ControllerFactory(), new Messages(Locale.ENGLISH));
    private final Map<StepKind, Parent> loaded = new EnumMap<>(StepKind.class);
    private final StackPane content = new StackPane();
    private final Label current = new Label("step 1");
    private final WarmedCopies copies = new WarmedCopies();
    private final CompletableFuture<Void> allowed = new CompletableFuture<>();
    private final AtomicBoolean idle = new AtomicBoolean(true);
    private final List<List<Node>> contentAtPulses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Boolean> sheetLoadedAtPulses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Stage stage;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxPlatform.start();
    }

    private void showWindow() throws Exception {
        onFx(() -> {
            loaded.put(StepKind.FILE, current);
            content.getChildren().add(current);
            stage = new Stage();
            stage.setScene(new Scene(content, 400, 300));
            // What each pulse laid out: the hidden views must have been in the scene for a pulse.
            stage.getScene().addPreLayoutPulseListener(() -> {
                contentAtPulses.add(List.copyOf(content.getChildren()));
                sheetLoadedAtPulses.add(loaded.containsKey(StepKind.SHEET));
            });
            stage.show();
            new ViewPreloader(content, loaded, views, navigation, new ViewPreloader.Settings(allowed, copies, idle::get)).start();
            return null;
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    @Test
    void stepTwosViewAndCopyThenTheOtherViewsThenTheirCopiesAreInTheSceneHiddenForAPulseAndTheRealViewsStayHidden() throws Exception {
        Parent secondCopy = new StackPane(new Label("copy"));
        Parent thirdCopy = new StackPane(new Label("copy"));
        copies.keep("preload-test/second.fxml", secondCopy);
        copies.keep("preload-test/third.fxml", thirdCopy);
        showWindow();
        allowed.complete(null);

        waitUntil(() -> loaded.size() == 3 && content.getChildren().size() == 3
                && !loaded.get(StepKind.COLUMNS).isManaged() && contentAtPulses.stream().anyMatch(n -> n.contains(thirdCopy)));

        Parent second = loaded.get(StepKind.SHEET);
        Parent third = loaded.get(StepKind.COLUMNS);
        assertThat(second.getId()).isEqualTo("second-view");
        assertThat(third.getId()).isEqualTo("third-view");
        // The real views stay in the window, hidden and out of its layout, so that showing one restyles nothing;
        // the copy is gone.
        assertThat(onFx(() -> content.getChildren())).containsExactly(current, second, third);
        assertThat(onFx(() -> !second.isVisible() && !second.isManaged() && !third.isVisible() && !third.isManaged())).isTrue();
        assertThat(onFx(() -> current.isVisible())).isTrue();
        // Step 2 (shown on choosing a file) in full first, view then copy; then the other view, then its copy.
        List<Node> added = contentAtPulses.stream().flatMap(List::stream).filter(node -> node != current).distinct().toList();
        assertThat(added).containsExactly(second, secondCopy, third, thirdCopy);
        assertThat(copies.take("preload-test/second.fxml")).isEmpty();
        assertThat(copies.take("preload-test/third.fxml")).isEmpty();
        // A view is built in one pulse and put into the window in a later one: a pulse saw it built and not in.
        // Both lists as one pulse listener left them (it goes on adding while the window is open).
        List<List<Node>> contents = onFx(() -> List.copyOf(contentAtPulses));
        List<Boolean> sheetLoaded = onFx(() -> List.copyOf(sheetLoadedAtPulses));
        int firstWithSecond = contents.indexOf(contents.stream().filter(nodes -> nodes.contains(second)).findFirst().orElseThrow());
        assertThat(sheetLoaded.subList(0, firstWithSecond)).contains(true);
    }

    @Test
    void aCopysTableMakesItsRowsAFewPerPulseAndTheCopyLeavesOnceTheyAreAllMade() throws Exception {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(Collections.nCopies(50, "placeholder")));
        TableColumn<String, String> column = new TableColumn<>("column");
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(20);
        Parent copy = new StackPane(table);
        copies.keep("preload-test/second.fxml", copy);
        List<Integer> rowsWhileIn = new java.util.concurrent.CopyOnWriteArrayList<>();
        showWindow();
        onFx(() -> {
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (copy.getScene() != null) {
                    rowsWhileIn.add(table.lookupAll(".table-row-cell").size());
                }
            });
            return null;
        });
        allowed.complete(null);

        waitUntil(() -> loaded.size() == 3 && content.getChildren().size() == 3 && !loaded.get(StepKind.COLUMNS).isManaged()
                && !rowsWhileIn.isEmpty() && copy.getScene() == null);

        // The window is 300 high: about 14 rows of 20, made 4 a pulse (a row or two more where JavaFX rounds up); the
        // copy may leave before the pulse that would lay out the last few.
        assertThat(rowsWhileIn).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < rowsWhileIn.size(); i++) {
            assertThat(rowsWhileIn.get(i) - rowsWhileIn.get(i - 1)).isLessThanOrEqualTo(6);
        }
        assertThat(rowsWhileIn.getFirst()).isLessThanOrEqualTo(8);
        assertThat(rowsWhileIn.getLast()).isGreaterThanOrEqualTo(10);
        assertThat(onFx(() -> content.getChildren())).doesNotContain(copy);
    }

    @Test
    void aCopyLeavesAsSoonAsTheUserStartsEvenWithRowsStillToMake() throws Exception {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(Collections.nCopies(50, "placeholder")));
        table.getColumns().add(new TableColumn<>("column"));
        table.setFixedCellSize(20);
        Parent copy = new StackPane(table);
        copies.keep("preload-test/second.fxml", copy);
        showWindow();
        onFx(() -> {
            // The user chooses a file the moment the copy is in.
            content.getChildren().addListener((javafx.collections.ListChangeListener<Node>) change -> {
                if (content.getChildren().contains(copy)) {
                    idle.set(false);
                }
            });
            return null;
        });
        allowed.complete(null);

        waitUntil(() -> !idle.get() && !content.getChildren().contains(copy));
        Thread.sleep(300);

        // Step 2's copy comes right after its view; step 3's view, not yet built, is left for when it is shown.
        assertThat(onFx(() -> content.getChildren())).containsExactly(current, loaded.get(StepKind.SHEET));
        assertThat(onFx(() -> loaded.containsKey(StepKind.COLUMNS))).isFalse();
    }

    @Test
    void aViewBuiltJustBeforeTheUserStartsStaysOutOfTheWindowUntilItsStepIsShown() throws Exception {
        showWindow();
        onFx(() -> {
            // The user chooses a file in the pulse after the second view was built, before it went in.
            stage.getScene().addPreLayoutPulseListener(() -> {
                if (loaded.containsKey(StepKind.SHEET)) {
                    idle.set(false);
                }
            });
            return null;
        });
        allowed.complete(null);

        waitUntil(() -> !idle.get());
        Thread.sleep(300);

        Parent second = onFx(() -> loaded.get(StepKind.SHEET));
        assertThat(second).isNotNull();
        assertThat(onFx(() -> content.getChildren())).containsExactly(current);
        assertThat(onFx(() -> loaded.size())).isEqualTo(2);
    }

    @Test
    void nothingIsBuiltBeforeItIsAllowedNorOnceTheUserHasStarted() throws Exception {
        showWindow();
        Thread.sleep(300);
        assertThat(onFx(() -> loaded.size())).isEqualTo(1);

        idle.set(false);
        allowed.complete(null);
        Thread.sleep(300);

        assertThat(onFx(() -> loaded.size())).isEqualTo(1);
        assertThat(onFx(() -> content.getChildren())).containsExactly(current);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxPlatform.call(work);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
