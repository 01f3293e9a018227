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
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms up one step's view for {@link WarmUp}, so that its first showing is quick.
 *
 * <p>It builds a throwaway copy of the view: its FXML with the controller and its handlers left out, so no
 * controller is made and no ViewModel is touched from this thread. The copy is in no scene (JavaFX lets nodes
 * not in a showing window be built on any thread). It gets placeholder rows in its tables, lists and boxes,
 * and every control its default skin, which loads the classes of the FXML loader, the controls, their skins
 * and behaviours, about a thousand. The controller classes are loaded (not initialised) as well. The copy is
 * then handed to {@link WarmedCopies}: the window shows it hidden for one pulse beside the real view, which
 * styles and lays out its placeholder rows in the window's own scene (see {@code WizardShellController}).
 */
public final class ViewWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmUp.class);
    private static final String VIEWS = "/org/audienceimport/ui/";
    private static final Pattern CONTROLLER = Pattern.compile("\\sfx:controller=\"([^\"]*)\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[A-Z]\\w*=\"#[^\"]*\"");
    private static final String CONTROLS = "javafx.scene.control";
    private static final int PLACEHOLDER_ROWS = 20;
    private static final int PLACEHOLDER_COLUMNS = 8;
    private static final String PLACEHOLDER_TEXT = "Placeholder";
    private static final double DEFAULT_COLUMN_WIDTH = 80;
    private static final double PLACEHOLDER_COLUMN_WIDTH = 120;

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

    private static Parent warm(String fxml, ResourceBundle texts) throws IOException, ReflectiveOperationException {
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
        fillPlaceholders(view);
        createSkins(view);
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

    /** Rows for tables, lists and boxes, so that the window's pulse makes and styles their cells as well. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillPlaceholders(Node node) {
        switch (node) {
            case TableView table when table.getItems() == null || table.getItems().isEmpty() -> {
                if (table.getColumns().isEmpty()) {
                    for (int i = 0; i < PLACEHOLDER_COLUMNS; i++) {
                        table.getColumns().add(new TableColumn<>(PLACEHOLDER_TEXT));
                    }
                }
                for (TableColumn column : (List<TableColumn>) table.getColumns()) {
                    // The real columns get their values from the controller, which is left out here.
                    if (column.getCellValueFactory() == null) {
                        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                                ((TableColumn.CellDataFeatures) row).getValue()));
                    }
                    // A column at JavaFX's default width is sized to its first 30 rows when it enters a window, each
                    // cell made and styled apart to be measured: most of the copy's first pulse, and of no use.
                    if (column.getPrefWidth() == DEFAULT_COLUMN_WIDTH) {
                        column.setPrefWidth(PLACEHOLDER_COLUMN_WIDTH);
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

    /**
     * Gives every control its default skin, made here rather than in a CSS pass: CSS must not run on this thread.
     * JavaFX's style code shares state between scenes that is not made for two threads: tried here, the window's
     * step list once lost a colour while a copy was styled on this thread.
     */
    private static void createSkins(Node node) throws ReflectiveOperationException {
        if (node instanceof Control control && control.getSkin() == null) {
            Skin<?> skin = defaultSkin(control);
            if (skin != null) {
                control.setSkin(skin);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                createSkins(child);
            }
        }
    }

    /**
     * The skin JavaFX gives a control of its own: {@code javafx.scene.control.skin.<Control>Skin}, made with its
     * public constructor, for the nearest JavaFX class the control is; null for controls of other libraries.
     */
    private static Skin<?> defaultSkin(Control control) throws ReflectiveOperationException {
        for (Class<?> type = control.getClass(); type != Control.class && type != null; type = type.getSuperclass()) {
            if (!type.getPackageName().equals(CONTROLS)) {
                continue;
            }
            String name = type == ComboBox.class ? "ComboBoxListView" : type.getSimpleName();
            Class<?> skin;
            try {
                skin = Class.forName(CONTROLS + ".skin." + name + "Skin");
            } catch (ClassNotFoundException e) {
                continue;
            }
            try {
                return (Skin<?>) skin.getConstructor(type).newInstance(control);
            } catch (NoSuchMethodException e) {
                // Not a skin for exactly this class; the superclass's may do.
            }
        }
        return null;
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
