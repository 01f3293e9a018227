package org.audienceimport.ui.sheet;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import org.audienceimport.source.Column;
import org.audienceimport.source.ColumnLetters;
import org.audienceimport.source.Row;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Pulses;
import org.audienceimport.ui.common.TableReader;

/**
 * Fills the preview: a row-number column, then one column per sheet column titled with its letter and
 * header. The header row is marked, rows above it are dimmed: they are what the header was chosen from.
 */
final class PreviewTable {

    private static final double MAX_COLUMN_WIDTH = 320;
    private static final double MIN_COLUMN_WIDTH = 64;
    private static final double CELL_PADDING = 28;
    private static final double THEME_FONT_SCALE = 1.12;
    private static final int FIRST_PULSE_ROWS = 6;

    private final TableView<Row> view;
    private final Messages messages;
    private int headerRow;
    private ChosenTable waiting;
    private boolean filledSinceShown;

    PreviewTable(TableView<Row> view, Messages messages) {
        this.view = view;
        this.messages = messages;
        view.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("header-row", "above-header");
                if (!empty && row != null) {
                    if (row.number() == headerRow) {
                        getStyleClass().add("header-row");
                    } else if (row.number() < headerRow) {
                        getStyleClass().add("above-header");
                    }
                }
            }
        });
        view.sceneProperty().addListener((property, was, now) -> fillWhenShown(now));
    }

    /**
     * Shows the top of {@code table}. While the preview is out of the window (its step not shown), the table
     * waits: its columns come a pulse after the step is shown, and its rows over the next two pulses. The step's
     * first showing, the column headers and the rows' cells are each a pulse's work; together they held up the
     * window for a third of a second.
     */
    void show(ChosenTable table) {
        if (view.getScene() == null) {
            waiting = table;
            filledSinceShown = false;
            return;
        }
        fill(table);
    }

    private void fillWhenShown(javafx.scene.Scene scene) {
        if (scene != null && !filledSinceShown) {
            filledSinceShown = true;
            ChosenTable table = waiting;
            // The columns a pulse after the step, the rows a pulse after the columns: each a pulse's work.
            Pulses.afterNext(scene, () -> {
                if (view.getScene() == scene && waiting == table) {
                    fillColumns(table);
                    Pulses.afterNext(scene, () -> addRowsInTwoPulses(scene, table));
                }
            });
        }
    }

    /** The first rows in one pulse, the rest in the next: a row's cells are the costliest part of the preview. */
    private void addRowsInTwoPulses(javafx.scene.Scene scene, ChosenTable table) {
        if (view.getScene() != scene || waiting != table || table == null) {
            return;
        }
        List<Row> rows = table.topRows();
        int first = Math.min(FIRST_PULSE_ROWS, rows.size());
        view.getItems().setAll(rows.subList(0, first));
        Pulses.afterNext(scene, () -> {
            if (view.getScene() == scene && waiting == table && view.getItems().size() == first) {
                view.getItems().addAll(rows.subList(first, rows.size()));
            }
        });
    }

    private void fill(ChosenTable table) {
        fillColumns(table);
        if (table != null) {
            view.getItems().setAll(table.topRows());
        }
    }

    private void fillColumns(ChosenTable table) {
        waiting = table;
        view.getColumns().clear();
        view.getItems().clear();
        if (table == null) {
            return;
        }
        headerRow = table.headerRow();
        TableColumn<Row, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        number.setSortable(false);
        number.setReorderable(false);
        number.getStyleClass().add("row-number");
        number.setPrefWidth(56);
        view.getColumns().add(number);
        List<Column> columns = table.columns();
        for (int i = 0; i < table.width(); i++) {
            int index = i;
            String header = i < columns.size() ? columns.get(i).header() : "";
            String letter = ColumnLetters.of(i);
            TableColumn<Row, String> column = new TableColumn<>(header.isEmpty() ? letter : letter + " \u00B7 " + header);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index).formatted()));
            column.setSortable(false);
            column.setMaxWidth(MAX_COLUMN_WIDTH * 3);
            column.setPrefWidth(widthFor(column.getText(), table.topRows(), index));
            view.getColumns().add(column);
        }
    }

    /** Wide enough for the title and the previewed values, up to a limit beyond which the text is cut with an ellipsis. */
    private static double widthFor(String title, List<Row> rows, int column) {
        Text measure = new Text(title);
        // Titles are bold: give them a little more room than the regular values.
        double widest = measure.getLayoutBounds().getWidth() * 1.1;
        for (Row row : rows) {
            measure.setText(row.cell(column).formatted());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        // Measured in the platform's default font; the theme draws table text a little larger.
        return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest * THEME_FONT_SCALE + CELL_PADDING));
    }

    String note(ChosenTable table) {
        if (table == null) {
            return "";
        }
        long dataRows = table.topRows().stream().filter(r -> r.number() > table.headerRow()).count();
        return table.moreRows()
                ? messages.get("sheet.preview.first", Math.min(dataRows, TableReader.PREVIEW_ROWS), table.headerRow())
                : messages.get("sheet.preview.all", dataRows, table.headerRow());
    }
}
