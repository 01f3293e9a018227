package org.audienceimport.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell's hover text, made into a tooltip only when the pointer first comes over the cell. A tooltip
 * made for every cell as a table fills held up the window: each is a small window of its own.
 */
public final class LazyTooltip {

    private static final Object TEXT = new Object();
    private static final Object WATCHED = new Object();

    private LazyTooltip() {
    }

    /** Sets the text shown on hover (and given to screen readers as help); null or empty for none. */
    public static void set(Control control, String text) {
        String shown = text == null || text.isEmpty() ? null : text;
        control.getProperties().put(TEXT, shown);
        control.setAccessibleHelp(shown);
        if (shown == null) {
            control.setTooltip(null);
        } else if (control.getTooltip() != null) {
            control.getTooltip().setText(shown);
        }
        if (control.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
                Object wanted = control.getProperties().get(TEXT);
                if (wanted instanceof String hover && control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(hover));
                }
            });
        }
    }
}
