package org.audienceimport.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.stage.Stage;

import org.audienceimport.ui.common.ConfigFolder;
import org.audienceimport.ui.common.DesktopServices;
import org.audienceimport.ui.file.SystemFilePicker;
import org.audienceimport.ui.upload.UploadEnvironment;

/** The desktop app: the import wizard in one window. */
public final class AudienceImportApp extends Application {

    public static final String TITLE = MainWindow.TITLE;

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(ConfigFolder.resolve(), Locale.getDefault(), SystemFilePicker::new,
                UploadEnvironment.forThisUser(), DesktopServices.system(getHostServices()));
        MainWindow.show(stage, context);
        // "Open with" from the desktop passes the file as the one argument (see WizardMain).
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(context::openFile);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
