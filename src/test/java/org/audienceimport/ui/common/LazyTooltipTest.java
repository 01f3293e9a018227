package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LazyTooltipTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverAndFollowsTheText() throws Exception {
        CompletableFuture<Void> checked = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
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
                checked.complete(null);
            } catch (Throwable e) {
                checked.completeExceptionally(e);
            }
        });
        checked.get(30, TimeUnit.SECONDS);
    }

    private static void hover(Label cell) {
        Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }
}
