package org.audienceimport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;

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
    void changesAreWrittenByTheWriterNotTheCallerAndKeptInMemoryMeanwhile() {
        Deque<Runnable> writes = new ArrayDeque<>();
        Settings settings = new Settings(folder, writes::add);

        settings.setTheme(ThemeChoice.DARK);

        assertThat(settings.theme()).contains(ThemeChoice.DARK);
        assertThat(folder.resolve("settings.properties")).doesNotExist();
        assertThat(writes).hasSize(1);
        writes.pop().run();
        assertThat(new Settings(folder).theme()).contains(ThemeChoice.DARK);
    }

    @Test
    void writesRunInAnyOrderLeaveTheLastChangeOnDisk() {
        Deque<Runnable> writes = new ArrayDeque<>();
        Settings settings = new Settings(folder, writes::add);
        settings.setTheme(ThemeChoice.DARK);
        settings.setLanguage("ru");
        settings.setTheme(ThemeChoice.LIGHT);
        settings.rememberColumns("abc", () -> "{\"first\":1}");
        settings.rememberColumns("abc", () -> "{\"second\":2}");

        assertThat(settings.rememberedColumns("abc")).contains("{\"second\":2}");
        while (!writes.isEmpty()) {
            writes.removeLast().run();
        }
        Settings reloaded = new Settings(folder);
        assertThat(reloaded.theme()).contains(ThemeChoice.LIGHT);
        assertThat(reloaded.language()).contains("ru");
        assertThat(reloaded.rememberedColumns("abc")).contains("{\"second\":2}");
    }

    @Test
    void manyChangesWrittenByManyThreadsLoseNone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Settings settings = new Settings(folder, pool);
        List<Path> files = IntStream.range(0, 200).mapToObj(i -> folder.resolve("file" + i + ".csv")).toList();
        try {
            files.forEach(settings::addRecentFile);
            settings.close();
        } finally {
            pool.shutdown();
        }

        assertThat(new Settings(folder).recentFiles()).containsExactlyElementsOf(files.reversed().subList(0, Settings.MAX_RECENT));
    }

    @Test
    void whatIsStillWaitingIsWrittenOnCloseOrWhenTheWriterIsGone() {
        Settings settings = new Settings(folder, write -> { });
        settings.setLanguage("ru");
        assertThat(folder.resolve("settings.properties")).doesNotExist();

        settings.close();
        assertThat(new Settings(folder).language()).contains("ru");

        Settings closing = new Settings(folder, write -> {
            throw new RejectedExecutionException("shut down");
        });
        closing.setLanguage("en");
        assertThat(new Settings(folder).language()).contains("en");
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
