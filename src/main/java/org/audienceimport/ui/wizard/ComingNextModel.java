package org.audienceimport.ui.wizard;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/** A step that is not built yet: always passable, so the rest of the wizard can be walked through. */
final class ComingNextModel implements StepModel {

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");

    @Override
    public ObservableBooleanValue valid() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public ObservableStringValue reasonInvalid() {
        return reason.getReadOnlyProperty();
    }
}
