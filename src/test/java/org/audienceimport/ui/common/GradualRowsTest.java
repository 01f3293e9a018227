package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.audienceimport.ui.FxPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GradualRowsTest {

    private static final double ROW = 20;
    private Stage stage;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxPlatform.start();
    }

    @AfterEach
    void close() throws Exception {
        FxPlatform.call(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void theFirstRowsAreMadeAFewPerPulseAndThenTheTableHasItsWholeHeight() throws Exception {
        TableView<String> table = FxPlatform.call(() -> {
            TableView<String> made = new TableView<>();
            made.setFixedCellSize(ROW);
            TableColumn<String, String> column = new TableColumn<>("value");
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            made.getColumns().add(column);
            VBox box = new VBox(made);
            VBox.setVgrow(made, javafx.scene.layout.Priority.ALWAYS);
            stage = new Stage();
            stage.setScene(new Scene(box, 400, 600));
            stage.show();
            return made;
        });
        List<Integer> rowsPerPulse = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxPlatform.call(() -> {
            table.getScene().addPostLayoutPulseListener(() -> {
                rowsPerPulse.add(rows(table));
                if (!table.getProperties().containsKey(GradualRows.class) && table.getHeight() > 500) {
                    done.complete(null);
                }
            });
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                items.add("item " + i);
            }
            table.getItems().setAll(items);
            GradualRows.reveal(table, 3);
            assertThat(table.getMaxHeight()).isLessThan(200);
            return null;
        });
        // Pulses come only when something changed: the raised limit is such a change.
        done.get(20, TimeUnit.SECONDS);

        // Only the header's room (40 px: two rows of 20 where the header is not laid out yet), not the 3 rows a pulse after.
        assertThat(rowsPerPulse.getFirst()).as("rows made in the pulse that brought the items").isLessThanOrEqualTo(2);
        List<Integer> growing = rowsPerPulse.stream().distinct().toList();
        assertThat(growing).as("rows made, pulse after pulse").hasSizeGreaterThan(5);
        for (int i = 1; i < growing.size(); i++) {
            assertThat(growing.get(i) - growing.get(i - 1)).as("rows made in one pulse").isLessThanOrEqualTo(4);
        }
        FxPlatform.call(() -> {
            assertThat(table.getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);
            // The whole window's height: some 28 rows of 20 px under the header.
            assertThat(rows(table)).isGreaterThan(25);
            return null;
        });
    }

    @Test
    void onlyTheFirstItemsOfATableInAWindowArePaced() throws Exception {
        FxPlatform.call(() -> {
            TableView<String> table = new TableView<>();
            table.setFixedCellSize(ROW);
            stage = new Stage();
            stage.setScene(new Scene(new VBox(table), 400, 600));
            stage.show();
            GradualRows.onFirstItems(table, 2);
            assertThat(table.getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);

            table.getItems().setAll("a", "b", "c");
            assertThat(table.getMaxHeight()).as("held to two rows").isLessThan(100);

            table.setMaxHeight(Region.USE_COMPUTED_SIZE);
            table.getProperties().remove(GradualRows.class);
            table.getItems().setAll("d", "e");
            assertThat(table.getMaxHeight()).as("later items: rows are made already").isEqualTo(Region.USE_COMPUTED_SIZE);
            return null;
        });
    }

    @Test
    void aTableInNoWindowIsLeftAlone() throws Exception {
        FxPlatform.call(() -> {
            stage = new Stage();
            TableView<String> table = new TableView<>();
            GradualRows.reveal(table, 3);
            assertThat(table.getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);
            return null;
        });
    }

    private static int rows(TableView<?> table) {
        return (int) table.lookupAll(".table-row-cell").stream().filter(row -> row instanceof TableRow<?> r && r.isVisible()).count();
    }
}
