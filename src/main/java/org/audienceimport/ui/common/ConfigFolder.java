package org.audienceimport.ui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its settings: the usual place for each operating system, or a folder given for tests. */
public final class ConfigFolder {

    /** Points the app (and its tests) at a folder of their own, so no run touches the user's real settings. */
    public static final String HOME_PROPERTY = "audienceimport.home";

    private static final String NAME = "Audience Import";

    private ConfigFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, NAME) : Path.of(userHome, "AppData", "Roaming", NAME);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "audience-import") : Path.of(userHome, ".config", "audience-import");
    }
}
