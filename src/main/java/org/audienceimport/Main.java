package org.audienceimport;

import org.audienceimport.cli.Cli;
import org.audienceimport.ui.DesktopLauncher;

/**
 * The one entry point: no arguments opens the wizard, anything else is the command line. Kept free of
 * JavaFX types so that a fat jar can start it without the JavaFX launcher checks.
 */
public final class Main {

    /** Where logback.xml puts the log files. */
    static final String LOG_FOLDER_PROPERTY = "audienceimport.logdir";

    private Main() {
    }

    public static void main(String[] args) {
        useLogFolder();
        if (args.length == 0) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** Before anything logs: logback.xml writes the log file into the per-OS logs folder. */
    static void useLogFolder() {
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, AppFolders.forThisUser().logs().toString());
        }
    }
}
