package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.audienceimport.ui.FxPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LazyTooltipTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxPlatform.start();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverAndFollowsTheText() throws Exception {
        FxPlatform.call(() -> {
            Label cell = new Label();
            LazyTooltip.set(cell, "Not a valid email");
            assertThat(cell.getTooltip()).isNull();
            assertThat(cell.getAccessibleHelp()).isEqualTo("Not a valid email");

            hover(cell);
            assertThat(cell.getTooltip().getText()).isEqualTo("Not a valid email");

            LazyTooltip.set(cell, "No such date");
            hover(cell);
            assertThat(cell.getTooltip().getText()).isEqualTo("No such date");

            LazyTooltip.set(cell, null);
            hover(cell);
            assertThat(cell.getTooltip()).isNull();
            assertThat(cell.getAccessibleHelp()).isNull();
            return null;
        });
    }

    private static void hover(Label cell) {
        Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }
}
