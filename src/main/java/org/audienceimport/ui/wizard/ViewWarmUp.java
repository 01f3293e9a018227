package org.audienceimport.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes each step's first showing quick by doing its one-time costs early, on a background thread, while the
 * user is still on step 1. Shown the first time, a step used to hold up the JavaFX thread for 0.4 to 4 s on a
 * busy computer, much of it loading classes: the FXML loader's, the controls', and the skins' and
 * behaviours' that the CSS pass creates, about 900 to 1,400 of them.
 *
 * <p>The warm-up builds a throwaway copy of each step's view: its FXML with the controller and its handlers
 * left out, so no controller is made and no ViewModel is touched from this thread. The copy is in no scene
 * (JavaFX lets nodes not in a showing window be built on any thread). It gets a few placeholder rows in its
 * tables, lists and boxes, every control its default skin, and a layout, so that rows, cells and their skins
 * are made too. Then it is dropped: the classes stay loaded, and the real view, still built on the JavaFX
 * thread when its step is first shown, finds them ready. The controller classes are loaded (not initialised)
 * as well.
 *
 * <p>It runs on one daemon thread of the lowest priority, stops between views when cancelled, and a view that
 * fails to warm up is only logged; the real view is then built as before. The priority is only a hint (Linux
 * JVMs ignore it): while the warm-up runs, a second or two after the window appears, it shares the processor
 * with the rest of the app.
 */
public final class ViewWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmUp.class);
    private static final String VIEWS = "/org/audienceimport/ui/";
    private static final Pattern CONTROLLER = Pattern.compile("\\sfx:controller=\"([^\"]*)\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[A-Z]\\w*=\"#[^\"]*\"");
    private static final int PLACEHOLDER_ROWS = 3;
    private static final int SKIN_ROUNDS = 4;
    private static final double ROW_HEIGHT = 24;
    private static final String CONTROLS = "javafx.scene.control";
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final List<String> fxmls;
    private final Supplier<ResourceBundle> texts;
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile boolean cancelled;
    private Thread thread;

    /**
     * @param fxmls       the views to warm up, in the order they will be needed, as paths under
     *                    {@code org/audienceimport/ui} (like {@code sheet/sheet.fxml})
     * @param texts       the current language's texts, for the views' {@code %key} attributes
     */
    public ViewWarmUp(List<String> fxmls, Supplier<ResourceBundle> texts) {
        this.fxmls = List.copyOf(fxmls);
        this.texts = texts;
    }

    /** Starts warming up on a daemon thread of the lowest priority; does nothing if already started. */
    public synchronized void start() {
        if (thread != null || cancelled) {
            return;
        }
        thread = new Thread(this::run, "audience-import-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Stops after the view being warmed up now (the app is closing), or before the first if not started. */
    public synchronized void cancel() {
        cancelled = true;
        if (thread != null) {
            thread.interrupt();
        } else {
            finished.complete(0);
        }
    }

    /** Completes with the number of views warmed up once the warm-up has ended, cancelled or not. */
    public CompletableFuture<Integer> finished() {
        return finished.copy();
    }

    /** Warms up every view on the calling thread; what fails is logged and the rest still warmed. */
    public int run() {
        long began = System.nanoTime();
        int warmed = 0;
        try {
            for (String fxml : fxmls) {
                if (cancelled || Thread.currentThread().isInterrupted()) {
                    LOG.debug("Warm-up cancelled after {} views", warmed);
                    return warmed;
                }
                try {
                    warm(fxml);
                    warmed++;
                } catch (Exception | LinkageError | StackOverflowError e) {
                    LOG.warn("View {} could not be warmed up; it will be built when first shown", fxml, e);
                }
            }
            LOG.debug("Warmed up {} of {} views in {} ms", warmed, fxmls.size(), (System.nanoTime() - began) / 1_000_000);
            return warmed;
        } finally {
            finished.complete(warmed);
        }
    }

    private void warm(String fxml) throws IOException, ReflectiveOperationException {
        URL url = resource(fxml);
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        loadController(text);
        FXMLLoader loader = new FXMLLoader(url, texts.get());
        Parent view;
        try (InputStream in = new ByteArrayInputStream(withoutController(text).getBytes(StandardCharsets.UTF_8))) {
            view = loader.load(in);
        }
        StackPane root = new StackPane(view);
        root.resize(WIDTH, HEIGHT);
        // Each round reaches further: a table's rows exist once its skin has laid it out, their cells after that.
        for (int round = 0; round < SKIN_ROUNDS; round++) {
            fillPlaceholders(root);
            createSkins(root);
            root.layout();
        }
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
                    table.getColumns().add(new TableColumn<>("·"));
                }
                // Without CSS a row has no height, and the table would make rows to its limit.
                table.setFixedCellSize(ROW_HEIGHT);
                table.setItems(placeholders());
            }
            case ListView list when list.getItems() == null || list.getItems().isEmpty() -> {
                list.setFixedCellSize(ROW_HEIGHT);
                list.setItems(placeholders());
            }
            case ComboBox box when box.getItems() == null || box.getItems().isEmpty() -> box.setItems(placeholders());
            default -> {
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ViewWarmUp::fillPlaceholders);
        }
    }

    /**
     * Gives every control its default skin, made here rather than in a CSS pass: a CSS pass on this thread would
     * hold JavaFX's style lock, which the JavaFX thread needs for its own CSS passes, and the warm-up, starved of
     * processor time, could keep the window waiting. Without a scene no CSS runs at all.
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
            rows.add("—");
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
