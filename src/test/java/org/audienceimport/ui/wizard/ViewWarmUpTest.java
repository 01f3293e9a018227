package org.audienceimport.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.audienceimport.ui.FxPlatform;
import org.audienceimport.ui.common.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The background warm-up of the steps' views, on JavaFX's headless platform, never on its thread. */
class ViewWarmUpTest {

    private static final List<String> STEPS = List.of("sheet/sheet.fxml", "columns/columns.fxml", "segment/segment.fxml",
            "check/check.fxml", "upload/upload.fxml", "done/done.fxml");

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxPlatform.start();
    }

    private static ResourceBundle english() {
        return new Messages(Locale.ENGLISH).bundle();
    }

    @Test
    void everyStepViewIsBuiltOffTheJavaFxThreadWithoutItsController() {
        assertThat(Platform.isFxApplicationThread()).isFalse();
        WarmUp warmUp = new WarmUp(ViewWarmUp.jobs(STEPS, ViewWarmUpTest::english, new WarmedCopies()));

        assertThat(warmUp.run()).isEqualTo(STEPS.size());
    }

    @Test
    void aCopysTablesGetPlaceholderRowsAndNoColumnAtTheDefaultWidthWhichJavaFxWouldSizeToFitRowByRow() {
        WarmedCopies copies = new WarmedCopies();
        assertThat(new WarmUp(ViewWarmUp.jobs(List.of("sheet/sheet.fxml", "check/check.fxml"), ViewWarmUpTest::english, copies))
                .run()).isEqualTo(2);

        for (String fxml : List.of("sheet/sheet.fxml", "check/check.fxml")) {
            javafx.scene.Parent copy = copies.take(fxml).orElseThrow();
            List<javafx.scene.control.TableView<?>> tables = copy.lookupAll(".table-view").stream()
                    .<javafx.scene.control.TableView<?>>map(node -> (javafx.scene.control.TableView<?>) node).toList();
            assertThat(tables).as(fxml).isNotEmpty();
            for (javafx.scene.control.TableView<?> table : tables) {
                assertThat(table.getItems()).isNotEmpty();
                assertThat(table.getColumns()).isNotEmpty()
                        .allSatisfy(column -> assertThat(column.getPrefWidth()).isNotEqualTo(80.0));
            }
        }
    }

    @Test
    void aViewThatCannotBeBuiltIsSkippedAndTheRestStillWarmedUp() {
        WarmUp warmUp = new WarmUp(ViewWarmUp.jobs(List.of("sheet/missing.fxml", "sheet/sheet.fxml", "app.css", "done/done.fxml"),
                ViewWarmUpTest::english, new WarmedCopies()));

        assertThat(warmUp.run()).isEqualTo(2);
    }

    @Test
    void textsThatCannotBeHadFailEveryViewButNeverTheCaller() throws Exception {
        WarmUp warmUp = new WarmUp(ViewWarmUp.jobs(STEPS, () -> {
            throw new IllegalStateException("no texts");
        }, new WarmedCopies()));
        CompletableFuture<Throwable> uncaught = new CompletableFuture<>();
        Thread thread = new Thread(() -> uncaught.complete(warmUp.run() == 0 ? null : new AssertionError("warmed")));
        thread.setUncaughtExceptionHandler((t, e) -> uncaught.complete(e));
        thread.start();

        assertThat(uncaught.get(60, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aCancelledWarmUpStopsBeforeTheNextView() {
        WarmUp warmUp = new WarmUp(ViewWarmUp.jobs(STEPS, ViewWarmUpTest::english, new WarmedCopies()));
        warmUp.cancel();

        assertThat(warmUp.run()).isZero();
        warmUp.start();
        assertThat(warmUp.run()).isZero();
    }

    @Test
    void theControllerAndItsHandlersAreLeftOutOfTheCopy() {
        String fxml = "<VBox xmlns:fx=\"http://javafx.com/fxml\" fx:controller=\"a.B\" spacing=\"4\">"
                + "<Button fx:id=\"go\" onAction=\"#go\" text=\"%go\" onMouseClicked=\"#clicked\"/>"
                + "<Label labelFor=\"$go\"/></VBox>";

        assertThat(ViewWarmUp.withoutController(fxml)).isEqualTo("<VBox xmlns:fx=\"http://javafx.com/fxml\" spacing=\"4\">"
                + "<Button fx:id=\"go\" text=\"%go\"/><Label labelFor=\"$go\"/></VBox>");
    }
}
