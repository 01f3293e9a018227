package org.audienceimport.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.audienceimport.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The row of step names at the top: where the user is, and how far there is to go. */
final class StepList {

    private StepList() {
    }

    static void fill(HBox list, WizardNavigation navigation, Messages messages) {
        list.getChildren().clear();
        int current = navigation.indexProperty().get();
        int total = navigation.steps().size();
        for (int i = 0; i < total; i++) {
            StepKind kind = navigation.steps().get(i).kind();
            String title = messages.get(kind.titleKey());
            // Steps an upload opened ready-made passed over were not done by the user: they say "not needed".
            boolean skipped = i < current && navigation.isSkipped(kind);
            Label number = new Label(i < current ? "" : String.valueOf(kind.number()));
            if (i < current) {
                number.setGraphic(new FontIcon(skipped ? Feather.MINUS : Feather.CHECK));
            }
            number.getStyleClass().add("step-number");
            number.setAlignment(Pos.CENTER);
            // Seven "…: not needed" labels do not fit in one row (in Russian not even at full width): the
            // minus and the dimmed style say it, the tooltip and the accessible text say it in words.
            Label item = new Label(title, number);
            if (skipped) {
                item.setTooltip(new Tooltip(messages.get("wizard.step.skipped.short", title)));
            }
            item.getStyleClass().add("step-item");
            item.getStyleClass().add(i == current ? "current" : skipped ? "skipped" : i < current ? "done" : "ahead");
            item.setId("step-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccessibleRole(AccessibleRole.TEXT);
            String key = i == current ? "wizard.step.current" : skipped ? "wizard.step.skipped" : "wizard.step";
            item.setAccessibleText(messages.get(key, kind.number(), total, title));
            list.getChildren().add(item);
        }
    }
}
