package org.audienceimport.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A message a ViewModel keeps (a problem, a notice, a status line): set once as a {@link UiText}, read as
 * a string that is rendered again whenever the language changes.
 */
public final class LocalizedText {

    private final ReadOnlyObjectWrapper<UiText> message;
    private final ReadOnlyStringWrapper shown;

    public LocalizedText(Object bean, String name, Messages messages) {
        message = new ReadOnlyObjectWrapper<>(bean, name + "Message", UiText.NONE);
        shown = new ReadOnlyStringWrapper(bean, name, "");
        shown.bind(messages.binding(() -> message.get().in(messages), message));
    }

    public void set(UiText text) {
        message.set(text == null ? UiText.NONE : text);
    }

    public void clear() {
        message.set(UiText.NONE);
    }

    /** The text in the current language; empty when there is nothing to say. */
    public String get() {
        return shown.get();
    }

    public boolean isEmpty() {
        return shown.get().isEmpty();
    }

    /** The text in the current language, following a switch. */
    public ReadOnlyStringProperty textProperty() {
        return shown.getReadOnlyProperty();
    }

    /** What is said, whatever the language. */
    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
