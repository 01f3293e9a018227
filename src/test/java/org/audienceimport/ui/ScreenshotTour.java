package org.audienceimport.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.control.Button;

import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.ThemeChoice;

/**
 * Not a test: walks the real wizard through steps 1 to 5 and saves what the window shows, for the
 * README and for design review. Run it on a display (e.g. under xvfb-run) with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<deps> org.audienceimport.ui.ScreenshotTour assets/screenshots [ru]}
 * <p>With {@code ru} as second argument the wizard speaks Russian and every file name gets {@code -ru} before
 * the theme ({@code wizard-5-check-ru-light.png}).
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        // Launched through a class that is not an Application, as the fat jar's Main does.
        Application.launch(Tour.class, args);
    }

    /** The application that takes the pictures. */
    public static final class Tour extends WizardTour {

        private Path workbook;
        private Path protectedWorkbook;
        private Path messyWorkbook;
        /** -Dtour.region=none shows step 4 with phone numbers that cannot be read, and what is wrong with them. */
        private static final String PHONE_REGION = "none".equals(System.getProperty("tour.region"))
                ? null : System.getProperty("tour.region", "RU");

        public Tour() {
            super(30);
        }

        @Override
        protected AppContext createContext(Locale language) throws Exception {
            workbook = SampleFiles.workbook(work, 1_204);
            protectedWorkbook = SampleFiles.protectedWorkbook(work);
            messyWorkbook = org.audienceimport.ui.check.MessyContacts.workbook(work, 2_480);
            return new AppContext(work.resolve("config"), language, pickNext());
        }

        @Override
        protected void walk(Path out) throws Exception {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                String suffix = suffix(theme);
                onFx(() -> context.themes().choiceProperty().set(theme));
                shoot(out.resolve("wizard-1-file-empty-" + suffix + ".png"));

                nextPick = protectedWorkbook;
                browse();
                waitFor(() -> onFxGet(() -> stage.getScene().lookup("#password-field").isVisible()));
                shoot(out.resolve("wizard-1-file-password-" + suffix + ".png"));

                nextPick = workbook;
                browse();
                waitFor(() -> onFxGet(() -> context.session().rowCountProperty().get() > 0));
                shoot(out.resolve("wizard-1-file-" + suffix + ".png"));

                onFx(() -> context.navigation().next());
                shoot(out.resolve("wizard-2-sheet-" + suffix + ".png"));
                onFx(() -> context.navigation().next());
                waitFor(() -> onFxGet(() -> context.navigation().canGoNext().get()));
                shoot(out.resolve("wizard-3-columns-" + suffix + ".png"));
                onFx(() -> context.navigation().back());
                onFx(() -> context.navigation().back());
            }
            walkSegmentAndCheck(out);
            if (russian) {
                return;
            }
            onFx(() -> context.messages().setLocale(Messages.RUSSIAN));
            onFx(() -> context.navigation().next());
            shoot(out.resolve("wizard-2-sheet-ru-dark.png"));
        }

        /** Steps 4 and 5 with a file that has something to show, then back to step 1 with the tour's workbook. */
        @SuppressWarnings("unchecked")
        private void walkSegmentAndCheck(Path out) throws Exception {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                String suffix = suffix(theme);
                onFx(() -> context.themes().choiceProperty().set(theme));
                nextPick = messyWorkbook;
                browse();
                waitFor(() -> onFxGet(() -> context.session().table() != null
                        && context.session().table().file().path().equals(messyWorkbook)
                        && context.session().rowCountProperty().get() > 0));
                for (int i = 0; i < 3; i++) {
                    waitFor(() -> onFxGet(() -> context.navigation().canGoNext().get()));
                    onFx(() -> context.navigation().next());
                }
                onFx(() -> {
                    ((javafx.scene.control.ComboBox<String>) stage.getScene().lookup("#segment-region")).setValue(PHONE_REGION);
                    ((javafx.scene.control.RadioButton) stage.getScene().lookup("#segment-static")).setSelected(true);
                    ((javafx.scene.control.TextField) stage.getScene().lookup("#segment-id")).setText("1234");
                    ((javafx.scene.control.TextField) stage.getScene().lookup("#segment-label")).setText(russian ? "Посетители весенней ярмарки" : "Spring fair visitors");
                });
                shoot(out.resolve("wizard-4-segment-" + suffix + ".png"));
                onFx(() -> context.navigation().next());
                waitFor(() -> onFxGet(() -> context.navigation().canGoNext().get()));
                // A problem selected, so its whole message shows under the table.
                onFx(() -> {
                    javafx.scene.control.TableView<?> issues = (javafx.scene.control.TableView<?>) stage.getScene().lookup("#check-issues");
                    issues.requestFocus();
                    issues.getSelectionModel().select(0);
                });
                shoot(out.resolve("wizard-5-check-" + suffix + ".png"));
                for (int i = 0; i < 4; i++) {
                    onFx(() -> context.navigation().back());
                }
            }
            nextPick = workbook;
            browse();
            waitFor(() -> onFxGet(() -> context.session().table() != null
                    && context.session().table().file().path().equals(workbook)
                    && context.session().rowCountProperty().get() > 0));
        }

        private void browse() throws Exception {
            onFx(() -> ((Button) stage.getScene().lookup("#browseButton")).fire());
        }
    }
}
