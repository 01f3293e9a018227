package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir Path folder;

    @Test
    void recentFilesKeepTheNewestFirstWithoutRepeatsAndSurviveARestart() {
        Settings settings = new Settings(folder.resolve("config"));
        for (int i = 0; i < Settings.MAX_RECENT + 2; i++) {
            settings.addRecentFile(folder.resolve("file" + i + ".csv"));
        }
        settings.addRecentFile(folder.resolve("file5.csv"));
        settings.setTheme(ThemeChoice.DARK);
        settings.setLanguage("ru");

        Settings reloaded = new Settings(folder.resolve("config"));
        assertThat(reloaded.recentFiles()).hasSize(Settings.MAX_RECENT)
                .startsWith(folder.resolve("file5.csv"), folder.resolve("file9.csv"), folder.resolve("file8.csv"))
                .doesNotContain(folder.resolve("file0.csv"));
        assertThat(reloaded.theme()).contains(ThemeChoice.DARK);
        assertThat(reloaded.language()).contains("ru");
    }

    @Test
    void anUnreadableSettingsFileMeansDefaults() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "theme=PURPLE\nrecent.0=\\u00\n");
        Settings settings = new Settings(folder);
        assertThat(settings.theme()).isEmpty();
        assertThat(settings.recentFiles()).isEmpty();
    }

    @Test
    void theConfigFolderIsTheUsualPlaceOfEachSystemUnlessOneIsGiven() {
        assertThat(ConfigFolder.resolve("/tmp/x", "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/tmp/x"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/home/u/.config/audience-import"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/cfg")))
                .isEqualTo(Path.of("/cfg/audience-import"));
        assertThat(ConfigFolder.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Audience Import"));
        assertThat(ConfigFolder.resolve(null, "Windows 11", "C:\\Users\\u", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata", "Audience Import"));
    }
}
