package org.audienceimport;

import org.audienceimport.cli.Cli;
import org.audienceimport.ui.DesktopLauncher;

/**
 * The one entry point: no arguments opens the wizard, anything else is the command line. Kept free of
 * JavaFX types so that a fat jar can start it without the JavaFX launcher checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
