package org.audienceimport.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

import org.junit.jupiter.api.Test;

/** Moving between steps, without a toolkit. */
class WizardNavigationTest {

    private static final class FakeStep implements StepModel {
        final SimpleBooleanProperty valid = new SimpleBooleanProperty();
        final SimpleStringProperty reason = new SimpleStringProperty("Not yet");
        int entered;

        @Override
        public ObservableBooleanValue valid() {
            return valid;
        }

        @Override
        public ObservableStringValue reasonInvalid() {
            return reason;
        }

        @Override
        public void entered() {
            entered++;
        }
    }

    private final FakeStep first = new FakeStep();
    private final FakeStep second = new FakeStep();
    private final WizardNavigation navigation = new WizardNavigation(List.of(
            WizardStep.of(StepKind.FILE, first, "a.fxml"), WizardStep.of(StepKind.SHEET, second, "b.fxml"),
            WizardStep.comingNext(StepKind.COLUMNS)));

    @Test
    void nextStaysOffWithTheStepsReasonUntilTheStepIsValid() {
        assertThat(navigation.canGoBack().get()).isFalse();
        assertThat(navigation.canGoNext().get()).isFalse();
        assertThat(navigation.reasonNextDisabled().get()).isEqualTo("Not yet");

        navigation.next();
        assertThat(navigation.current().kind()).isEqualTo(StepKind.FILE);

        first.reason.set("");
        first.valid.set(true);
        assertThat(navigation.canGoNext().get()).isTrue();
        assertThat(navigation.reasonNextDisabled().get()).isEmpty();
    }

    @Test
    void theReasonFollowsTheCurrentStep() {
        first.valid.set(true);
        navigation.next();

        assertThat(navigation.current().kind()).isEqualTo(StepKind.SHEET);
        assertThat(second.entered).isEqualTo(1);
        assertThat(navigation.canGoNext().get()).isFalse();
        second.reason.set("Pick a header row");
        assertThat(navigation.reasonNextDisabled().get()).isEqualTo("Pick a header row");
    }

    @Test
    void backKeepsEveryStepsStateAndTheLastStepHasNoNext() {
        first.valid.set(true);
        second.valid.set(true);
        navigation.next();
        navigation.next();
        assertThat(navigation.current().kind()).isEqualTo(StepKind.COLUMNS);
        assertThat(navigation.canGoNext().get()).isFalse();
        assertThat(navigation.reasonNextDisabled().get()).isEmpty();

        navigation.back();
        navigation.back();
        assertThat(navigation.current().kind()).isEqualTo(StepKind.FILE);
        assertThat(first.valid.get()).isTrue();
        assertThat(navigation.canGoNext().get()).isTrue();
    }

    @Test
    void stepsPassedOverByAJumpAreNotNeededAndBackSkipsThem() {
        navigation.jumpTo(StepKind.COLUMNS);
        assertThat(navigation.isSkipped(StepKind.SHEET)).isTrue();
        assertThat(navigation.isSkipped(StepKind.FILE)).isFalse();

        navigation.back();
        assertThat(navigation.current().kind()).isEqualTo(StepKind.FILE);
        assertThat(navigation.skipped()).isEmpty();

        first.valid.set(true);
        navigation.next();
        assertThat(navigation.current().kind()).isEqualTo(StepKind.SHEET);
        assertThat(navigation.isSkipped(StepKind.SHEET)).isFalse();
    }
}
