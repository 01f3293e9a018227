package org.audienceimport.ui.common;

import java.util.regex.Pattern;

/**
 * The engine's messages are written for both faces of the app; a few carry a hint for the command line
 * ("(command line: --password)") that means nothing in a window. This drops such hints.
 */
public final class EngineMessages {

    private static final Pattern COMMAND_LINE_HINT = Pattern.compile("\\s*\\(command line: [^)]*\\)");

    private EngineMessages() {
    }

    public static String forDesktop(String message) {
        return message == null ? "" : COMMAND_LINE_HINT.matcher(message).replaceAll("");
    }
}
