package org.audienceimport.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few things the app remembers between runs (recent files, language, theme), in a plain
 * properties file a support person can read. A settings file that cannot be read or written is never
 * a reason to stop the user: the app logs it and carries on with defaults.
 */
public final class Settings {

    public static final int MAX_RECENT = 8;
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final String FILE = "settings.properties";
    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String SEGMENT = "segment.";
    private static final String COLUMNS_FOLDER = "columns";

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path folder) {
        this.file = folder.resolve(FILE);
        load();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings in {} cannot be read ({}); starting with defaults", file, e.getMessage());
        }
    }

    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    /** Puts a file at the top of the recent list, dropping the oldest beyond {@link #MAX_RECENT}. */
    public void addRecentFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(absolute);
        recent.addFirst(absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty(RECENT + i, recent.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        save();
    }

    public Optional<String> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE));
    }

    public void setLanguage(String languageTag) {
        values.setProperty(LANGUAGE, languageTag);
        save();
    }

    public Optional<ThemeChoice> theme() {
        try {
            return Optional.ofNullable(values.getProperty(THEME)).map(ThemeChoice::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setTheme(ThemeChoice theme) {
        values.setProperty(THEME, theme.name());
        save();
    }

    /** Static segments used before, the latest first. */
    public List<RecentSegment> recentSegments() {
        List<RecentSegment> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String id = values.getProperty(SEGMENT + i + ".id");
            try {
                if (id != null) {
                    recent.add(new RecentSegment(Long.parseLong(id.strip()), values.getProperty(SEGMENT + i + ".label", "")));
                }
            } catch (NumberFormatException e) {
                LOG.debug("Ignoring a recent segment that is not a number: {}", id);
            }
        }
        return recent;
    }

    /** Puts a segment at the top of the recent list with its label, replacing an earlier entry for the same id. */
    public void addRecentSegment(RecentSegment segment) {
        List<RecentSegment> recent = new ArrayList<>(recentSegments());
        recent.removeIf(s -> s.id() == segment.id());
        recent.addFirst(segment);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty(SEGMENT + i + ".id", Long.toString(recent.get(i).id()));
                values.setProperty(SEGMENT + i + ".label", recent.get(i).label());
            } else {
                values.remove(SEGMENT + i + ".id");
                values.remove(SEGMENT + i + ".label");
            }
        }
        save();
    }

    /** The columns last used for files whose headers hash to {@code key}, as mapping JSON; empty if none or unreadable. */
    public Optional<String> rememberedColumns(String key) {
        Path remembered = columnsFile(key);
        if (!Files.isRegularFile(remembered)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(remembered, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Remembered columns in {} cannot be read", remembered, e);
            return Optional.empty();
        }
    }

    /** Keeps the columns used for files whose headers hash to {@code key}, replacing what was kept before. */
    public void rememberColumns(String key, String mappingJson) {
        Path remembered = columnsFile(key);
        try {
            Files.createDirectories(remembered.getParent());
            Path temp = Files.createTempFile(remembered.getParent(), key, ".tmp");
            Files.writeString(temp, mappingJson, StandardCharsets.UTF_8);
            Files.move(temp, remembered, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Columns cannot be remembered in {}", remembered, e);
        }
    }

    private Path columnsFile(String key) {
        if (!key.matches("[0-9a-f]{1,128}")) {
            throw new IllegalArgumentException("A columns key is a hex hash: " + key);
        }
        return file.getParent().resolve(COLUMNS_FOLDER).resolve(key + ".json");
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "Audience Import settings");
            }
            // A crash mid-write must not leave half a settings file.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings cannot be saved to {}", file, e);
        }
    }
}
