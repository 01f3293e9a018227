package org.audienceimport.ui.columns;

import java.util.Optional;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Target;
import org.audienceimport.ui.common.Messages;

/** The "Custom property…" dialog without its window: a name checked as it is typed, a type, and for arrays a separator. */
final class CustomPropertyForm {

    private final FieldCatalog catalog;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<CustomType> type = new SimpleObjectProperty<>(this, "type", CustomType.STRING);
    private final StringProperty separator = new SimpleStringProperty(this, "separator", ",");
    private final StringBinding problem;

    CustomPropertyForm(FieldCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        problem = messages.binding(this::check, name, type, separator);
    }

    private String check() {
        String typed = name.get().strip();
        if (typed.isEmpty()) {
            return messages.get("columns.customDialog.nameEmpty");
        }
        if (!Target.CustomTarget.NAME.matcher(typed).matches()) {
            return messages.get("columns.customDialog.nameLetters");
        }
        if (catalog.isReserved(typed)) {
            return messages.get("columns.customDialog.reserved", typed);
        }
        if (type.get() == CustomType.ARRAY && separator.get().isEmpty()) {
            return messages.get("columns.customDialog.separator");
        }
        return "";
    }

    StringProperty nameProperty() {
        return name;
    }

    ObjectProperty<CustomType> typeProperty() {
        return type;
    }

    /** What separates the items of an array in a cell; used only for arrays. */
    StringProperty separatorProperty() {
        return separator;
    }

    /** Why the property cannot be added yet, in the UI language; empty when it can. */
    StringBinding problem() {
        return problem;
    }

    Optional<Target.CustomTarget> target() {
        if (!check().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target.CustomTarget(name.get().strip(), type.get(),
                type.get() == CustomType.ARRAY ? Optional.of(separator.get()) : Optional.empty()));
    }
}
