package org.audienceimport.ui.wizard;

import java.util.Optional;

/**
 * One step of the wizard: its ViewModel, and its view as an FXML path under {@code org/audienceimport/ui},
 * or empty for a step still to be built (shown as a "coming next" pane).
 */
public record WizardStep(StepKind kind, StepModel model, Optional<String> fxml) {

    public static WizardStep of(StepKind kind, StepModel model, String fxml) {
        return new WizardStep(kind, model, Optional.of(fxml));
    }

    public static WizardStep comingNext(StepKind kind) {
        return new WizardStep(kind, new ComingNextModel(), Optional.empty());
    }
}
