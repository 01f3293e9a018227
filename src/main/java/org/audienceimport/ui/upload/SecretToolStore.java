package org.audienceimport.ui.upload;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Linux desktop's keyring (libsecret) through its {@code secret-tool} command. The secret goes in on
 * the command's standard input, never on its command line, where other programs could read it.
 */
public final class SecretToolStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecretToolStore.class);
    private static final String SERVICE = "audience-import";

    private final Path tool;

    private SecretToolStore(Path tool) {
        this.tool = tool;
    }

    /** The store on this computer: the keyring when {@code secret-tool} is on the PATH, else none. */
    public static SecretStore detect(String path) {
        if (path != null && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, "secret-tool");
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return new SecretToolStore(candidate);
                }
            }
        }
        return SecretStore.none();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean save(String shopId, String secret) {
        return run(List.of(tool.toString(), "store", "--label=Audience Import: shop " + shopId, "service", SERVICE,
                "shop", shopId), secret).isPresent();
    }

    @Override
    public Optional<String> find(String shopId) {
        return run(List.of(tool.toString(), "lookup", "service", SERVICE, "shop", shopId), null)
                .filter(found -> !found.isBlank());
    }

    private Optional<String> run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("The keyring could not be reached", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
