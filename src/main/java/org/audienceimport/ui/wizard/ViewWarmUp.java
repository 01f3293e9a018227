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

import javafx.collections.FXCollections;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes each step's first showing quick by doing its one-time costs early, on a background thread, while the
 * user is still on step 1. Shown the first time, a step used to hold up the JavaFX thread for 0.4 to 4 s on a
 * busy computer, almost all of it loading classes: the FXML loader's, the controls', and the skins' and
 * behaviours' that the CSS pass creates, about 900 to 1,400 of them, plus parsing the steps' stylesheets.
 *
 * <p>The warm-up builds a throwaway copy of each step's view: its FXML with the controller and its handlers
 * left out, so no controller is made and no ViewModel is touched from this thread. The copy goes into a scene
 * of its own that is never shown (JavaFX lets nodes and scenes not in a showing window be built on any thread),
 * gets a few placeholder rows in its tables, lists and boxes so their cells exist too, and has its CSS applied
 * and its layout done, which creates every skin. Then it is dropped: the classes stay loaded and the
 * stylesheets parsed, and the real view, still built on the JavaFX thread when its step is first shown, finds
 * both ready. The controller classes are loaded (not initialised) as well.
 *
 * <p>It never stands in the user's way: it runs on one daemon thread of the lowest priority, stops between views
 * when cancelled, and a view that fails to warm up is only logged; the real view is built as before.
 */
public final class ViewWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmUp.class);
    private static final String VIEWS = "/org/audienceimport/ui/";
    private static final Pattern CONTROLLER = Pattern.compile("\\sfx:controller=\"([^\"]*)\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[A-Z]\\w*=\"#[^\"]*\"");
    private static final int PLACEHOLDER_ROWS = 3;
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final List<String> fxmls;
    private final List<String> stylesheets;
    private final Supplier<ResourceBundle> texts;
    private volatile boolean cancelled;
    private Thread thread;

    /**
     * @param fxmls       the views to warm up, in the order they will be needed, as paths under
     *                    {@code org/audienceimport/ui} (like {@code sheet/sheet.fxml})
     * @param stylesheets the stylesheets the views are shown with (the shell's), as paths under the same folder
     * @param texts       the current language's texts, for the views' {@code %key} attributes
     */
    public ViewWarmUp(List<String> fxmls, List<String> stylesheets, Supplier<ResourceBundle> texts) {
        this.fxmls = List.copyOf(fxmls);
        this.stylesheets = stylesheets.stream().map(ViewWarmUp::resource).map(URL::toExternalForm).toList();
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

    /** Stops after the view being warmed up now; the app is closing. */
    public synchronized void cancel() {
        cancelled = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Warms up every view on the calling thread; what fails is logged and the rest still warmed. */
    public int run() {
        long began = System.nanoTime();
        int warmed = 0;
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
    }

    private void warm(String fxml) throws IOException {
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
        Scene scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        // Skins first: a scroll pane's or a tab's content is only in the tree once its skin exists.
        scene.getRoot().applyCss();
        fillPlaceholders(view);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
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
            case TableView table -> {
                if (table.getColumns().isEmpty()) {
                    table.getColumns().add(new TableColumn<>("·"));
                }
                table.setItems(placeholders());
            }
            case ListView list -> list.setItems(placeholders());
            case ComboBox box -> box.setItems(placeholders());
            default -> {
            }
        }
        if (node instanceof ComboBoxBase<?> || node instanceof TableView<?> || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ViewWarmUp::fillPlaceholders);
        }
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
