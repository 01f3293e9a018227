package org.audienceimport.ui;

import org.audienceimport.AppVersion;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app. Until the wizard lands (issue 5) it opens a window that says what is coming and how
 * to use the command line meanwhile.
 */
public final class AudienceImportApp extends Application {

    public static final String TITLE = "Audience Import";

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle(TITLE);
        stage.setScene(new Scene(comingSoon(), 720, 460));
        stage.show();
    }

    static VBox comingSoon() {
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_1);
        Label lead = new Label("Get your contact spreadsheet into your PersonaClick (REES46) account, safely and fast.");
        lead.getStyleClass().add(Styles.TITLE_4);
        lead.setWrapText(true);
        Label coming = new Label("""
                The step-by-step import wizard is on its way:
                  1.  Choose an Excel (.xlsx, .xls) or CSV file of any size
                  2.  Pick the sheet and the header row, with a live preview
                  3.  Match your columns to contact fields, saved as templates
                  4.  Check every email and phone number, and fix problems before sending
                  5.  Upload in the background, at the platform's pace, resumable after a crash
                """);
        coming.setWrapText(true);
        Label meanwhile = new Label("Meanwhile, the command line can already read your files:\n"
                + "    java -jar audience-import.jar inspect contacts.xlsx");
        meanwhile.getStyleClass().add(Styles.TEXT_MUTED);
        meanwhile.setWrapText(true);
        Label version = new Label("Version " + AppVersion.version());
        version.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox root = new VBox(18, title, lead, coming, meanwhile, version);
        root.setId("coming-soon");
        root.setPadding(new Insets(32));
        return root;
    }
}
