package org.audienceimport.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.audienceimport.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Stands in for a step still being built, saying what it will do. */
final class ComingNextPane extends VBox {

    ComingNextPane(StepKind kind, Messages messages) {
        super(14);
        String key = kind.titleKey();
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("coming-next-icon");
        Label title = new Label(messages.get(key + ".heading"));
        title.getStyleClass().add("step-title");
        Label what = new Label(messages.get(key + ".coming"));
        what.setWrapText(true);
        what.getStyleClass().add("step-lead");
        Label note = new Label(messages.get("wizard.comingNext"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        getChildren().addAll(icon, title, what, note);
        setAlignment(Pos.CENTER);
        setMaxWidth(560);
        getStyleClass().addAll("step-pane", "coming-next");
        setId("coming-next-" + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
