package org.audienceimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppFoldersTest {

    private static AppFolders resolve(String os, Map<String, String> env, String home) {
        Map<String, String> properties = home == null
                ? Map.of("os.name", os, "user.home", "/home/ann")
                : Map.of("os.name", os, "user.home", "/home/ann", AppFolders.HOME_PROPERTY, home);
        return AppFolders.resolve(properties::get, env);
    }

    @Test
    void linuxFollowsTheXdgRules() {
        AppFolders defaults = resolve("Linux", Map.of(), null);
        assertThat(defaults.data()).isEqualTo(Path.of("/home/ann/.local/share/audience-import"));
        assertThat(defaults.config()).isEqualTo(Path.of("/home/ann/.config/audience-import"));
        assertThat(defaults.logs()).isEqualTo(Path.of("/home/ann/.local/state/audience-import/logs"));
        assertThat(defaults.cache()).isEqualTo(Path.of("/home/ann/.cache/audience-import"));

        AppFolders xdg = resolve("Linux", Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "relative/ignored"), null);
        assertThat(xdg.data()).isEqualTo(Path.of("/data/audience-import"));
        assertThat(xdg.config()).isEqualTo(Path.of("/home/ann/.config/audience-import"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        AppFolders mac = resolve("Mac OS X", Map.of(), null);
        assertThat(mac.data()).isEqualTo(Path.of("/home/ann/Library/Application Support/Audience Import"));
        assertThat(mac.logs()).isEqualTo(Path.of("/home/ann/Library/Logs/Audience Import"));
        assertThat(mac.cache()).isEqualTo(Path.of("/home/ann/Library/Caches/Audience Import"));
    }

    @Test
    void windowsUsesLocalAppData() {
        AppFolders windows = resolve("Windows 11", Map.of("LOCALAPPDATA", "/home/ann/AppData/Local",
                "APPDATA", "/home/ann/AppData/Roaming"), null);
        assertThat(windows.data()).isEqualTo(Path.of("/home/ann/AppData/Local/Audience Import"));
        assertThat(windows.config()).isEqualTo(Path.of("/home/ann/AppData/Roaming/Audience Import"));
        assertThat(windows.logs()).isEqualTo(Path.of("/home/ann/AppData/Local/Audience Import/Logs"));
    }

    @Test
    void oneSystemPropertyPutsEverythingUnderOneFolder() {
        AppFolders portable = resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), "/tmp/ai-home");
        assertThat(portable).isEqualTo(new AppFolders(Path.of("/tmp/ai-home/data"), Path.of("/tmp/ai-home/config"),
                Path.of("/tmp/ai-home/logs"), Path.of("/tmp/ai-home/cache")));
    }
}
