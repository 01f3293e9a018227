package org.audienceimport.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few things the app remembers between runs (recent files, language, theme), in a plain
 * properties file a support person can read. A settings file that cannot be read or written is never
 * a reason to stop the user: the app logs it and carries on with defaults.
 *
 * <p>Changes are kept in memory at once and written to disk on the writer given, so that the JavaFX thread,
 * which makes most of them, never waits for the disk. Each write takes the newest content of its file, so
 * the file always ends up with the last change, however the writes are scheduled; {@link #close()} writes
 * what is still waiting.
 */
public final class Settings implements AutoCloseable {

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
    private final Executor writer;
    /** The newest content waiting to be written, by file; a later change replaces an earlier one not yet written. */
    private final Map<Path, Supplier<String>> unwritten = new LinkedHashMap<>();
    /** Held while writing, so two writers never write the same file at once or an older content last. */
    private final Object writing = new Object();

    /** Settings that are written on the calling thread before each change returns. */
    public Settings(Path folder) {
        this(folder, Runnable::run);
    }

    /** @param writer where the files are written (the app's worker threads) */
    public Settings(Path folder, Executor writer) {
        this.file = folder.resolve(FILE);
        this.writer = writer;
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

    public synchronized List<Path> recentFiles() {
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
    public synchronized void addRecentFile(Path path) {
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

    public synchronized Optional<String> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE));
    }

    public synchronized void setLanguage(String languageTag) {
        values.setProperty(LANGUAGE, languageTag);
        save();
    }

    public synchronized Optional<ThemeChoice> theme() {
        try {
            return Optional.ofNullable(values.getProperty(THEME)).map(ThemeChoice::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public synchronized void setTheme(ThemeChoice theme) {
        values.setProperty(THEME, theme.name());
        save();
    }

    /** Static segments used before, the latest first. */
    public synchronized List<RecentSegment> recentSegments() {
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
    public synchronized void addRecentSegment(RecentSegment segment) {
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
        synchronized (unwritten) {
            Supplier<String> waiting = unwritten.get(remembered);
            if (waiting != null) {
                return Optional.of(waiting.get());
            }
        }
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

    /**
     * Keeps the columns used for files whose headers hash to {@code key}, replacing what was kept before.
     *
     * @param mappingJson made when the file is written, on the settings' writer (or by whoever reads it first)
     */
    public void rememberColumns(String key, Supplier<String> mappingJson) {
        write(columnsFile(key), mappingJson);
    }

    private Path columnsFile(String key) {
        if (!key.matches("[0-9a-f]{1,128}")) {
            throw new IllegalArgumentException("A columns key is a hex hash: " + key);
        }
        return file.getParent().resolve(COLUMNS_FOLDER).resolve(key + ".json");
    }

    private void save() {
        // A copy taken now, formatted by the writer: the first formatting loads a few JDK classes.
        Properties snapshot = (Properties) values.clone();
        write(file, () -> {
            StringWriter text = new StringWriter();
            try {
                snapshot.store(text, "Audience Import settings");
            } catch (IOException e) {
                throw new UncheckedIOException("A StringWriter does not fail", e);
            }
            return text.toString();
        });
    }

    private void write(Path target, Supplier<String> content) {
        synchronized (unwritten) {
            unwritten.put(target, content);
        }
        try {
            writer.execute(this::writeUnwritten);
        } catch (RejectedExecutionException e) {
            // The app is closing and its threads are gone: written here rather than lost.
            writeUnwritten();
        }
    }

    /**
     * Writes everything still waiting to be written, each file with its newest content. A content stays
     * waiting until it is on disk, so that {@link #rememberedColumns} never reads an older file meanwhile.
     */
    private void writeUnwritten() {
        synchronized (writing) {
            while (true) {
                Map.Entry<Path, Supplier<String>> next;
                synchronized (unwritten) {
                    if (unwritten.isEmpty()) {
                        return;
                    }
                    Map.Entry<Path, Supplier<String>> first = unwritten.entrySet().iterator().next();
                    next = Map.entry(first.getKey(), first.getValue());
                }
                writeFile(next.getKey(), next.getValue().get());
                synchronized (unwritten) {
                    // A newer content put while this one was written stays, and is written next.
                    unwritten.remove(next.getKey(), next.getValue());
                }
            }
        }
    }

    private static void writeFile(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            // A crash mid-write must not leave half a file.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings cannot be saved to {}", target, e);
        }
    }

    /** Writes what is still waiting, on the calling thread; the app is closing. */
    @Override
    public void close() {
        writeUnwritten();
    }
}
