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
    /** Steps passed over by the last jump forward (e.g. 2 to 5 for a prepared upload): not needed, not done. */
    private final javafx.collections.ObservableSet<StepKind> skipped = javafx.collections.FXCollections.observableSet(
            java.util.EnumSet.noneOf(StepKind.class));
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

    /** To the previous step that was needed: from an upload opened ready-made, that is the first step. */
    public void back() {
        if (canGoBack.get()) {
            int target = index.get() - 1;
            while (target > 0 && skipped.contains(steps.get(target).kind())) {
                target--;
            }
            current.get().model().left();
            forgetSkippedFrom(target);
            index.set(target);
            current.get().model().entered();
        }
    }

    /** Whether a step was passed over by a jump forward and is not needed for this import. */
    public boolean isSkipped(StepKind kind) {
        return skipped.contains(kind);
    }

    public javafx.collections.ObservableSet<StepKind> skipped() {
        return javafx.collections.FXCollections.unmodifiableObservableSet(skipped);
    }

    private void forgetSkippedFrom(int position) {
        skipped.removeIf(kind -> indexOf(kind) >= position);
    }

    private int indexOf(StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException("No step " + kind);
    }

    /** Goes straight to a step, e.g. to Upload for a prepared upload, or back to the start for another import. */
    public void jumpTo(StepKind kind) {
        int target = indexOf(kind);
        forgetSkippedFrom(Math.min(target, index.get() + 1));
        for (int i = index.get() + 1; i < target; i++) {
            skipped.add(steps.get(i).kind());
        }
        index.set(target);
        current.get().model().entered();
    }

    private boolean isLast() {
        return index.get() == steps.size() - 1;
    }
}
