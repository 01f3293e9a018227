package org.audienceimport.ui.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import org.audienceimport.source.Column;
import org.audienceimport.source.ColumnLetters;
import org.audienceimport.source.Row;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.GradualRows;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Pulses;
import org.audienceimport.ui.common.TableReader;

/**
 * Fills the preview: a row-number column, then one column per sheet column titled with its letter and
 * header. The header row is marked, rows above it are dimmed: they are what the header was chosen from.
 *
 * <p>New cells are the costly part of a preview: JavaFX styles each one on the layout that makes it, and a window's
 * worth (30 lines by 22 columns) held up the window for 130 ms on its own. So a column, once made, is kept for the
 * next table (another header row, sheet or delimiter): it keeps its cells, and only its title and width change; and
 * the first rows are made a few per pulse ({@link GradualRows}).
 */
final class PreviewTable {

    private static final double MAX_COLUMN_WIDTH = 320;
    private static final double MIN_COLUMN_WIDTH = 64;
    private static final double CELL_PADDING = 28;
    private static final double THEME_FONT_SCALE = 1.12;
    /** A preview row is a cell for each of a sheet's columns, up to dozens: one row per pulse. */
    private static final int ROWS_PER_PULSE = 1;
    private static final int HEADERS_PER_PULSE = 8;
    /** Per column, the values measured for its width: the longest by characters, among which the widest almost always is. */
    private static final int VALUES_MEASURED = 4;

    private final TableView<Row> view;
    private final Messages messages;
    private final IntegerProperty headerRow = new SimpleIntegerProperty();
    private final TableColumn<Row, String> numbers = numberColumn();
    /** Column i shows the sheet's column i; made when first needed, kept after. */
    private final List<TableColumn<Row, String>> sheetColumns = new ArrayList<>();
    private ChosenTable shown;
    private boolean waitingForScene;

    PreviewTable(TableView<Row> view, Messages messages) {
        this.view = view;
        this.messages = messages;
        view.setRowFactory(table -> new MarkedRow());
        view.sceneProperty().addListener((property, was, now) -> fillWhenShown(now));
    }

    /**
     * Shows the top of {@code table}. While the preview is in no window (its view not built into the window yet), the
     * table waits and comes a pulse after the view is put in: that is a pulse's work of its own.
     */
    void show(ChosenTable table) {
        shown = table;
        if (view.getScene() == null) {
            waitingForScene = true;
            return;
        }
        fill(table);
    }

    private void fillWhenShown(Scene scene) {
        if (scene != null && waitingForScene) {
            waitingForScene = false;
            ChosenTable table = shown;
            Pulses.afterNext(scene, () -> {
                if (view.getScene() == scene && shown == table) {
                    fill(table);
                }
            });
        }
    }

    private void fill(ChosenTable table) {
        if (table == null) {
            view.getItems().clear();
            view.getColumns().clear();
            return;
        }
        headerRow.set(table.headerRow());
        boolean firstRows = view.getItems().isEmpty() && view.getColumns().isEmpty();
        int width = table.width();
        if (view.getColumns().isEmpty()) {
            view.getColumns().add(numbers);
        }
        int present = view.getColumns().size() - 1;
        if (present > width) {
            view.getColumns().remove(width + 1, present + 1);
        }
        int from = Math.min(present, width);
        for (int i = 0; i < from; i++) {
            describe(sheetColumns.get(i), table, i);
        }
        if (!firstRows) {
            // All at once: every change to the columns makes each row take its cells out and put them back, restyled.
            view.getColumns().addAll(describedColumns(table, from, width));
            view.getItems().setAll(table.topRows());
            return;
        }
        addHeadersThenRows(table, from);
    }

    /**
     * With no rows yet, columns cost only their headers (and measuring their values for a width): a few per pulse,
     * then the first rows a few per pulse too.
     */
    private void addHeadersThenRows(ChosenTable table, int from) {
        int until = Math.min(table.width(), from + HEADERS_PER_PULSE);
        view.getColumns().addAll(describedColumns(table, from, until));
        Scene scene = view.getScene();
        Pulses.afterNext(scene, () -> {
            if (view.getScene() != scene || shown != table) {
                return;
            }
            if (until < table.width()) {
                addHeadersThenRows(table, until);
                return;
            }
            view.getItems().setAll(table.topRows());
            GradualRows.reveal(view, ROWS_PER_PULSE);
        });
    }

    private List<TableColumn<Row, String>> describedColumns(ChosenTable table, int from, int until) {
        List<TableColumn<Row, String>> columns = new ArrayList<>();
        for (int i = from; i < until; i++) {
            TableColumn<Row, String> column = sheetColumn(i);
            describe(column, table, i);
            columns.add(column);
        }
        return columns;
    }

    private TableColumn<Row, String> sheetColumn(int index) {
        while (sheetColumns.size() <= index) {
            int column = sheetColumns.size();
            TableColumn<Row, String> made = new TableColumn<>();
            made.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(column).formatted()));
            made.setSortable(false);
            made.setMaxWidth(MAX_COLUMN_WIDTH * 3);
            sheetColumns.add(made);
        }
        return sheetColumns.get(index);
    }

    private static void describe(TableColumn<Row, String> column, ChosenTable table, int index) {
        List<Column> columns = table.columns();
        String header = index < columns.size() ? columns.get(index).header() : "";
        String letter = ColumnLetters.of(index);
        column.setText(header.isEmpty() ? letter : letter + " \u00B7 " + header);
        column.setPrefWidth(widthFor(column.getText(), table.topRows(), index));
    }

    private static TableColumn<Row, String> numberColumn() {
        TableColumn<Row, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        number.setSortable(false);
        number.setReorderable(false);
        number.getStyleClass().add("row-number");
        number.setPrefWidth(56);
        return number;
    }

    /** Wide enough for the title and the previewed values, up to a limit beyond which the text is cut with an ellipsis. */
    private static double widthFor(String title, List<Row> rows, int column) {
        Text measure = new Text(title);
        // Titles are bold: give them a little more room than the regular values.
        double widest = measure.getLayoutBounds().getWidth() * 1.1;
        // Only the longest few values: measuring every previewed value of every column was a good part of a pulse.
        List<String> longest = rows.stream().map(row -> row.cell(column).formatted()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(VALUES_MEASURED).toList();
        for (String value : longest) {
            measure.setText(value);
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

    /** A row marked as the header or dimmed above it, kept right when the header row moves under a row that stays. */
    private final class MarkedRow extends TableRow<Row> {
        private final InvalidationListener remark = property -> mark();

        MarkedRow() {
            // Weak: a row the table lets go of must not be kept by the table's header row.
            headerRow.addListener(new WeakInvalidationListener(remark));
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            mark();
        }

        private void mark() {
            Row row = getItem();
            boolean header = !isEmpty() && row != null && row.number() == headerRow.get();
            boolean above = !isEmpty() && row != null && row.number() < headerRow.get();
            setStyle(header, "header-row");
            setStyle(above, "above-header");
        }

        private void setStyle(boolean on, String styleClass) {
            // Only a real change: touching the style classes restyles the row and its cells.
            if (on != getStyleClass().contains(styleClass)) {
                if (on) {
                    getStyleClass().add(styleClass);
                } else {
                    getStyleClass().remove(styleClass);
                }
            }
        }
    }
}
