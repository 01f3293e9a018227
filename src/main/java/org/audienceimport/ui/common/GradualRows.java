package org.audienceimport.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Lets a table that is getting its first rows make them a few per pulse.
 *
 * <p>A table makes a row, with a cell for each of its columns, for every line of its height as soon as it has items,
 * empty lines included, and JavaFX styles each new cell in the pulse that makes it: for a preview of 22 columns
 * that was 600 cells, and the window stood still for 130 ms (more on a slow machine). Here the table's height is held
 * to a few rows and raised by a few rows each pulse, so each pulse makes only those; then the limit is lifted. Once
 * made, rows are reused for other items, so only a table's first filling needs this. The pulse that brings the items
 * makes only the row or two that fit beside the header: it has the rest of the view's changes to style and lay out
 * (a step shown, totals that appear).
 */
public final class GradualRows {

    /** Room for the column headers above the rows, while the height is held. */
    private static final double HEADER_ALLOWANCE = 40;
    private static final double ESTIMATED_ROW_HEIGHT = 30;

    private GradualRows() {
    }

    /**
     * Paces the first rows of {@code table} the first time its items list (the one it has now) gets items while the
     * table is in a window.
     */
    public static void onFirstItems(TableView<?> table, int rowsPerPulse) {
        ObservableList<?> items = table.getItems();
        items.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!items.isEmpty() && table.getScene() != null) {
                    items.removeListener(this);
                    reveal(table, rowsPerPulse);
                }
            }
        });
    }

    /** Whether {@code table} is still held back by {@link #reveal}. */
    public static boolean revealing(TableView<?> table) {
        return table.getProperties().containsKey(GradualRows.class);
    }

    /**
     * Holds {@code table} to its header for a pulse, then to {@code rowsPerPulse} more rows, and raises the limit a
     * pulse at a time until it no longer holds the table back; does nothing for a table not in a window. Meant for
     * tables of a fixed cell size (rows of one height, known ahead); others are paced by an estimate.
     */
    public static void reveal(TableView<?> table, int rowsPerPulse) {
        Scene scene = table.getScene();
        if (scene == null || revealing(table)) {
            return;
        }
        double rowHeight = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : ESTIMATED_ROW_HEIGHT;
        // The height the table has, or would have: the window's, when it was never laid out.
        double room = table.getHeight() > 0 ? table.getHeight() : scene.getHeight();
        table.getProperties().put(GradualRows.class, Boolean.TRUE);
        new Hold(table, scene, rowsPerPulse * rowHeight, room, table.getMaxHeight()).raise(0);
    }

    /** A table held back: each step lets it grow by {@code stepHeight}, until it has {@code room}. */
    private record Hold(TableView<?> table, Scene scene, double stepHeight, double room, double previousMax) {
        void raise(int step) {
            double limit = HEADER_ALLOWANCE + step * stepHeight;
            // Empty lines get rows too, so the limit rises until it is the table's whole height, however few the items.
            if (limit >= room || table.getScene() != scene) {
                table.setMaxHeight(previousMax);
                table.getProperties().remove(GradualRows.class);
                return;
            }
            table.setMaxHeight(limit);
            Pulses.afterNext(scene, () -> raise(step + 1));
        }
    }
}
