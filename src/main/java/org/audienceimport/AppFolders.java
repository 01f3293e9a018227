package org.audienceimport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the app keeps its own files, by each system's convention, never beside the user's files:
 * <ul>
 * <li>Linux: data in {@code $XDG_DATA_HOME/audience-import} (or {@code ~/.local/share/audience-import}),
 *     settings in {@code $XDG_CONFIG_HOME/audience-import} (or {@code ~/.config/…}), logs in
 *     {@code $XDG_STATE_HOME/audience-import/logs} (or {@code ~/.local/state/…}), scratch files in
 *     {@code $XDG_CACHE_HOME/audience-import} (or {@code ~/.cache/…});</li>
 * <li>macOS: {@code ~/Library/Application Support/Audience Import} for data and settings,
 *     {@code ~/Library/Logs/Audience Import}, {@code ~/Library/Caches/Audience Import};</li>
 * <li>Windows: {@code %LOCALAPPDATA%\Audience Import} for data (with {@code Logs} and {@code Cache} in it),
 *     {@code %APPDATA%\Audience Import} for settings (they roam with the user's profile).</li>
 * </ul>
 * The system property {@code audienceimport.home} puts all four under one folder ({@code data},
 * {@code config}, {@code logs}, {@code cache}): for tests and portable installs.
 *
 * <p>The folders are only named here; whoever writes to one creates it.
 */
public record AppFolders(Path data, Path config, Path logs, Path cache) {

    public static final String HOME_PROPERTY = "audienceimport.home";

    private static final String LINUX_NAME = "audience-import";
    private static final String DISPLAY_NAME = "Audience Import";

    public AppFolders {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(cache, "cache");
    }

    /** All four folders under one root. */
    public static AppFolders under(Path home) {
        return new AppFolders(home.resolve("data"), home.resolve("config"), home.resolve("logs"), home.resolve("cache"));
    }

    /** The folders for this user on this system, honouring {@value #HOME_PROPERTY}. */
    public static AppFolders forThisUser() {
        return resolve(System::getProperty, System.getenv());
    }

    /**
     * The folders that system properties and environment variables give.
     *
     * @param property reads a system property ({@code os.name}, {@code user.home}, {@value #HOME_PROPERTY})
     * @param env      the environment variables
     */
    public static AppFolders resolve(Function<String, String> property, Map<String, String> env) {
        String home = property.apply(HOME_PROPERTY);
        if (present(home)) {
            return under(Path.of(home));
        }
        Path user = Path.of(Objects.requireNonNull(property.apply("user.home"), "user.home"));
        String os = String.valueOf(property.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = envPath(env, "LOCALAPPDATA", user.resolve("AppData").resolve("Local")).resolve(DISPLAY_NAME);
            Path roaming = envPath(env, "APPDATA", user.resolve("AppData").resolve("Roaming")).resolve(DISPLAY_NAME);
            return new AppFolders(local, roaming, local.resolve("Logs"), local.resolve("Cache"));
        }
        if (os.startsWith("mac")) {
            Path library = user.resolve("Library");
            Path support = library.resolve("Application Support").resolve(DISPLAY_NAME);
            return new AppFolders(support, support, library.resolve("Logs").resolve(DISPLAY_NAME),
                    library.resolve("Caches").resolve(DISPLAY_NAME));
        }
        Path data = envPath(env, "XDG_DATA_HOME", user.resolve(".local").resolve("share")).resolve(LINUX_NAME);
        Path config = envPath(env, "XDG_CONFIG_HOME", user.resolve(".config")).resolve(LINUX_NAME);
        Path state = envPath(env, "XDG_STATE_HOME", user.resolve(".local").resolve("state")).resolve(LINUX_NAME);
        Path cache = envPath(env, "XDG_CACHE_HOME", user.resolve(".cache")).resolve(LINUX_NAME);
        return new AppFolders(data, config, state.resolve("logs"), cache);
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG rules say a relative value is invalid and must be ignored.
        if (present(value) && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return fallback;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
