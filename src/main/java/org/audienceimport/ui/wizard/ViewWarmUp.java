package org.audienceimport.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms up one step's view for {@link WarmUp}, so that its first showing is quick.
 *
 * <p>It builds a throwaway copy of the view: its FXML with the controller and its handlers left out, so no
 * controller is made and no ViewModel is touched from this thread. The copy goes into a scene of its own that
 * is never shown, styled like the window (JavaFX lets a scene not in a showing window be built and changed on
 * any thread). It gets placeholder rows in its tables, lists and boxes, and then a few CSS and layout passes,
 * so that skins, rows and cells are made and styled as they will be. Then it is dropped: the classes stay
 * loaded and the CSS and layout code has been compiled by the JIT, and the real view, still built on the
 * JavaFX thread when its step is first shown, finds them ready. Without the CSS passes the first showing of
 * step 2 still held up the window for 0.6 to 0.8 s on a quiet computer, most of it in its first CSS pass. The
 * controller classes are loaded (not initialised) as well.
 */
public final class ViewWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmUp.class);
    private static final String VIEWS = "/org/audienceimport/ui/";
    private static final Pattern CONTROLLER = Pattern.compile("\\sfx:controller=\"([^\"]*)\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[A-Z]\\w*=\"#[^\"]*\"");
    private static final String STYLESHEET = "app.css";
    private static final String SHELL_STYLE_CLASS = "wizard-shell";
    /** Flipped between rounds so that every node's styles are matched again, not taken from the last round. */
    private static final PseudoClass ROUND = PseudoClass.getPseudoClass("warm-up-round");
    private static final int PLACEHOLDER_ROWS = 20;
    private static final int PLACEHOLDER_COLUMNS = 8;
    private static final int CSS_ROUNDS = 3;
    private static final String PLACEHOLDER_TEXT = "Placeholder";
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private ViewWarmUp() {
    }

    /**
     * @param fxmls the views, in the order they will be needed, as paths under {@code org/audienceimport/ui}
     *              (like {@code sheet/sheet.fxml})
     * @param texts the current language's texts, for the views' {@code %key} attributes
     * @param kept  where each copy goes once warmed up, for the window to show hidden once
     */
    public static List<WarmUp.Job> jobs(List<String> fxmls, Supplier<ResourceBundle> texts, WarmedCopies kept) {
        return fxmls.stream().map(fxml -> new WarmUp.Job("View " + fxml, () -> kept.keep(fxml, warm(fxml, texts.get()))))
                .toList();
    }

    private static Parent warm(String fxml, ResourceBundle texts) throws IOException {
        URL url = resource(fxml);
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        loadController(text);
        FXMLLoader loader = new FXMLLoader(url, texts);
        Parent view;
        try (InputStream in = new ByteArrayInputStream(withoutController(text).getBytes(StandardCharsets.UTF_8))) {
            view = loader.load(in);
        }
        StackPane root = new StackPane(view);
        root.getStyleClass().addAll(SHELL_STYLE_CLASS, "step-content");
        root.getStylesheets().add(resource(STYLESHEET).toExternalForm());
        new Scene(root, WIDTH, HEIGHT);
        // Each round reaches further: a table's rows exist once its skin has laid it out, their cells after
        // that; the later rounds run the same code again, so that the JIT compiles it.
        for (int round = 0; round < CSS_ROUNDS; round++) {
            fillPlaceholders(root);
            root.pseudoClassStateChanged(ROUND, round % 2 == 1);
            root.applyCss();
            root.layout();
        }
        root.getChildren().remove(view);
        return view;
    }

    /** The FXML without its controller and event handlers, which name methods of the controller. */
    static String withoutController(String fxml) {
        return HANDLER.matcher(CONTROLLER.matcher(fxml).replaceAll("")).replaceAll("");
    }

    private static void loadController(String fxml) {
        Matcher controller = CONTROLLER.matcher(fxml);
        if (controller.find()) {
            try {
                Class.forName(controller.group(1), false, ViewWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                LOG.warn("Controller {} not found", controller.group(1));
            }
        }
    }

    /** Rows for tables, lists and boxes, so their cells, and the cells' skins, are made as well. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillPlaceholders(Node node) {
        switch (node) {
            case TableView table when table.getItems() == null || table.getItems().isEmpty() -> {
                if (table.getColumns().isEmpty()) {
                    for (int i = 0; i < PLACEHOLDER_COLUMNS; i++) {
                        table.getColumns().add(new TableColumn<>(PLACEHOLDER_TEXT));
                    }
                }
                // The real columns get their values from the controller, which is left out here.
                for (TableColumn column : (List<TableColumn>) table.getColumns()) {
                    if (column.getCellValueFactory() == null) {
                        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                                ((TableColumn.CellDataFeatures) row).getValue()));
                    }
                }
                table.setItems(placeholders());
            }
            case ListView list when list.getItems() == null || list.getItems().isEmpty() -> list.setItems(placeholders());
            case ComboBox box when box.getItems() == null || box.getItems().isEmpty() -> box.setItems(placeholders());
            default -> {
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ViewWarmUp::fillPlaceholders);
        }
    }

    private static javafx.collections.ObservableList<Object> placeholders() {
        javafx.collections.ObservableList<Object> rows = FXCollections.observableArrayList();
        for (int i = 0; i < PLACEHOLDER_ROWS; i++) {
            rows.add(PLACEHOLDER_TEXT + " " + i);
        }
        return rows;
    }

    private static URL resource(String path) {
        URL url = ViewWarmUp.class.getResource(VIEWS + path);
        if (url == null) {
            throw new IllegalArgumentException("No view resource " + path);
        }
        return url;
    }
}
