package org.audienceimport.ui.wizard;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import org.audienceimport.ui.common.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.ThemeChoice;
import org.audienceimport.ui.common.Themes;
import org.audienceimport.ui.common.ViewLoader;

/**
 * The window's frame: the step list, the current step's view, Back and Next with the reason Next is
 * off, and the language and theme menus. Views are loaded once per language and kept, so going back
 * shows the step as it was left.
 */
public final class WizardShellController {

    private final WizardNavigation navigation;
    private final ViewLoader views;
    private final Messages messages;
    private final Themes themes;
    private final Settings settings;
    private final Consumer<Path> fileDropped;
    private final ViewPreloader.Settings preloading;
    private final Map<StepKind, Parent> loaded = new EnumMap<>(StepKind.class);
    /** Made once the view's controls are in (initialize). */
    private StepFocus focus;
    private final ChangeListener<WizardStep> onStepChanged = (obs, old, now) -> show(now);
    private final ChangeListener<Boolean> onNextAllowed = (obs, was, now) -> {
        if (now) {
            focus.stepComplete();
        }
    };

    @FXML private BorderPane root;
    @FXML private HBox stepList;
    @FXML private StackPane content;
    @FXML private Label reason;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private MenuButton languageMenu;
    @FXML private MenuButton themeMenu;

    /**
     * @param preloading when and how the later steps' views are built ahead of need ({@link ViewPreloader})
     */
    public WizardShellController(WizardNavigation navigation, ViewLoader views, Messages messages, Themes themes,
                                 Settings settings, Consumer<Path> fileDropped, ViewPreloader.Settings preloading) {
        this.navigation = navigation;
        this.views = views;
        this.messages = messages;
        this.themes = themes;
        this.settings = settings;
        this.fileDropped = fileDropped;
        this.preloading = preloading;
    }

    @FXML
    private void initialize() {
        backButton.disableProperty().bind(navigation.canGoBack().not());
        nextButton.disableProperty().bind(navigation.canGoNext().not());
        focus = new StepFocus(root, content, backButton, nextButton);
        nextButton.disabledProperty().addListener((property, was, disabled) -> {
            if (disabled) {
                focus.nextTurnedOff();
            }
        });
        reason.textProperty().bind(navigation.reasonNextDisabled());
        reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
        // A screen reader announces why Next is off when it lands on the button.
        nextButton.accessibleHelpProperty().bind(navigation.reasonNextDisabled());
        // Weak: after a language switch this shell is dropped, and must not go on loading views for itself.
        navigation.currentProperty().addListener(new WeakChangeListener<>(onStepChanged));
        navigation.canGoNext().addListener(new WeakChangeListener<>(onNextAllowed));
        buildLanguageMenu();
        buildThemeMenu();
        root.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        root.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
        show(navigation.current());
        new ViewPreloader(content, loaded, views, navigation, preloading).start();
    }

    /**
     * Shows the step's view. Views stay in the window once they are in it, hidden while another step is shown:
     * JavaFX restyles every node of a view that enters a window, so taking views out and putting them back made
     * each step change restyle its whole view (a table's cells included) in one pulse.
     */
    private void show(WizardStep step) {
        Parent view = loaded.computeIfAbsent(step.kind(), kind -> step.fxml().map(views::load)
                .orElseGet(() -> new ComingNextPane(step.kind(), messages)));
        for (Node other : content.getChildren()) {
            if (other != view) {
                StepViews.hide(other);
            }
        }
        if (!content.getChildren().contains(view)) {
            content.getChildren().add(view);
        }
        StepViews.reveal(view);
        StepList.fill(stepList, navigation, messages);
        focus.stepShown(view);
    }

    @FXML
    private void next() {
        navigation.next();
    }

    @FXML
    private void back() {
        navigation.back();
    }

    private void buildLanguageMenu() {
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : List.of(Messages.ENGLISH, Messages.RUSSIAN)) {
            // Each language is named in itself, so it can be found by someone who cannot read the current one.
            RadioMenuItem item = new RadioMenuItem(locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                    + locale.getDisplayLanguage(locale).substring(1));
            item.setToggleGroup(group);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> {
                settings.setLanguage(locale.getLanguage());
                messages.setLocale(locale);
            });
            languageMenu.getItems().add(item);
        }
        languageMenu.setText(messages.get("language.current"));
    }

    private void buildThemeMenu() {
        if (themeMenu.getGraphic() instanceof FontIcon icon) {
            icon.iconCodeProperty().bind(themes.darkProperty().map(dark -> (Ikon) (dark ? Feather.MOON : Feather.SUN)));
        }
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("theme." + choice.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(group);
            item.setSelected(choice == themes.choiceProperty().get());
            item.setOnAction(e -> {
                settings.setTheme(choice);
                themes.choiceProperty().set(choice);
            });
            themeMenu.getItems().add(item);
        }
    }

    private void dragOver(DragEvent event) {
        if (navigation.current().kind() == StepKind.FILE && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        boolean accepted = navigation.current().kind() == StepKind.FILE && event.getDragboard().hasFiles()
                && !event.getDragboard().getFiles().isEmpty();
        if (accepted) {
            fileDropped.accept(event.getDragboard().getFiles().getFirst().toPath());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }
}
