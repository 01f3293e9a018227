package org.audienceimport.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/** What the shell needs from a step's ViewModel: whether Next may be pressed, and if not, why. */
public interface StepModel {

    ObservableBooleanValue valid();

    /** A short sentence shown beside the disabled Next button; empty while the step is valid. */
    ObservableStringValue reasonInvalid();

    /** Called each time the step is shown, e.g. to refresh what depends on earlier steps. */
    default void entered() {
    }

    /** Called just before another step is shown, e.g. to stop background work or remember a choice. */
    default void left() {
    }
}
