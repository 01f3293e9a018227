package org.audienceimport;

import org.audienceimport.ui.DesktopLauncher;

/**
 * The installed wizard's entry point: always the window, never the command line. The desktop's "Open with"
 * passes the chosen file as the one argument, which {@code Main} would take for a command; here it opens
 * the wizard on that file.
 */
public final class WizardMain {

    private WizardMain() {
    }

    public static void main(String[] args) {
        Main.useLogFolder();
        DesktopLauncher.launch(args);
    }
}
