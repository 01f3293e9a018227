package org.audienceimport.ui.upload;

import java.lang.ref.WeakReference;

import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.audienceimport.ui.common.Messages;

/**
 * Asks before the window closes in the middle of an upload: keep uploading, or stop and close (what the
 * server accepted is in the journal, so a later start sends only the rest). Installed once per window,
 * however often the views are rebuilt.
 */
public final class CloseGuard {

    private final UploadStepViewModel upload;
    private final Messages messages;
    private final EventHandler<WindowEvent> onClose = this::closing;
    private WeakReference<Window> guarded = new WeakReference<>(null);

    public CloseGuard(UploadStepViewModel upload, Messages messages) {
        this.upload = upload;
        this.messages = messages;
    }

    void install(Window window) {
        if (guarded.get() != window) {
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, onClose);
            guarded = new WeakReference<>(window);
        }
    }

    private void closing(WindowEvent event) {
        if (!upload.isRunning()) {
            return;
        }
        ButtonType keep = new ButtonType(messages.get("upload.close.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType stop = new ButtonType(messages.get("upload.close.stop"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("upload.close.text"), keep, stop);
        alert.setHeaderText(messages.get("upload.close.title"));
        alert.initOwner((Window) event.getSource());
        if (alert.showAndWait().orElse(keep) == stop) {
            upload.cancel();
        } else {
            event.consume();
        }
    }
}
