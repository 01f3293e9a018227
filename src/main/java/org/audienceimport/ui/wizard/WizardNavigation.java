package org.audienceimport.ui.wizard;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which step is shown, and whether the user may move on. Back is always allowed (except on the first
 * step) and never discards anything: every step keeps its state in its ViewModel and the session.
 */
public final class WizardNavigation {

    private final List<WizardStep> steps;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<WizardStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final StringBinding reasonNextDisabled;

    public WizardNavigation(List<WizardStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A wizard needs at least one step");
        }
        this.steps = List.copyOf(steps);
        current.set(this.steps.getFirst());
        index.addListener((obs, old, now) -> current.set(this.steps.get(now.intValue())));
        canGoBack = index.greaterThan(0);
        // Every step's observables are dependencies: there are few, and the binding then follows whichever is current.
        Observable[] dependencies = dependencies(this.steps);
        canGoNext = Bindings.createBooleanBinding(() -> !isLast() && current.get().model().valid().get(), dependencies);
        reasonNextDisabled = Bindings.createStringBinding(
                () -> isLast() || current.get().model().valid().get() ? "" : current.get().model().reasonInvalid().get(),
                dependencies);
    }

    private Observable[] dependencies(List<WizardStep> all) {
        List<Observable> list = new ArrayList<>();
        list.add(current);
        for (WizardStep step : all) {
            list.add(step.model().valid());
            list.add(step.model().reasonInvalid());
        }
        return list.toArray(Observable[]::new);
    }

    public List<WizardStep> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WizardStep current() {
        return current.get();
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public StringBinding reasonNextDisabled() {
        return reasonNextDisabled;
    }

    public void next() {
        if (canGoNext.get()) {
            current.get().model().left();
            index.set(index.get() + 1);
            current.get().model().entered();
        }
    }

    public void back() {
        if (canGoBack.get()) {
            current.get().model().left();
            index.set(index.get() - 1);
            current.get().model().entered();
        }
    }

    /** Goes straight to a step, e.g. to Upload for a prepared upload, or back to the start for another import. */
    public void jumpTo(StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                index.set(i);
                current.get().model().entered();
                return;
            }
        }
        throw new IllegalArgumentException("No step " + kind);
    }

    private boolean isLast() {
        return index.get() == steps.size() - 1;
    }
}
