package org.audienceimport.bench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The app's own sandbox ({@code audience-import sandbox}) in a JVM of its own, on loopback: it keeps every
 * profile in memory (about 4 KB each), and a million of them, with the collections they cause, would
 * otherwise be counted against the app's heap and its JavaFX thread. A real upload goes to another machine.
 */
final class SandboxProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Sandbox running at (\\S+)");
    private static final Path NICE = Path.of("/usr/bin/nice");

    /**
     * How much lower than the app's the sandbox's CPU priority is ({@code -Dbench.ui.sandbox.nice}, default 10; 0 for
     * the same): the sandbox stands in for a server on another machine, and its parsing of 32 MB requests on this
     * machine's two cores otherwise took CPU from the app's window threads, which no real upload does. Needs
     * {@code nice} (Linux, macOS); without it the sandbox runs at the app's priority.
     */
    static int niceness() {
        return java.nio.file.Files.isExecutable(NICE) ? Integer.getInteger("bench.ui.sandbox.nice", 10) : 0;
    }

    private final Process process;
    private final URI uri;

    private SandboxProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts the sandbox with the same classpath as this JVM and waits until it listens. */
    static SandboxProcess start(String rate, String heap, Path logs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        int nice = niceness();
        if (nice > 0) {
            command.addAll(List.of(NICE.toString(), "-n", String.valueOf(nice)));
        }
        command.addAll(List.of(java, "-Xmx" + heap, "-Daudienceimport.logdir=" + logs,
                "-cp", System.getProperty("java.class.path"), "org.audienceimport.Main",
                "sandbox", "--port", "0", "--rate", rate));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Also when the benchmark is stopped (Ctrl+C): the sandbox would otherwise hold its gigabytes on.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "sandbox-stop"));
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("sandbox-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher running = RUNNING.matcher(line);
                    if (running.find()) {
                        address.complete(URI.create(running.group(1)));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IOException("The sandbox ended before it listened"));
        });
        try {
            return new SandboxProcess(process, address.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("The sandbox did not start: " + e.getMessage(), e);
        }
    }

    URI uri() {
        return uri;
    }

    /** What the sandbox counted: requests, objects accepted, profiles held. */
    JsonNode stats() throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri.resolve("/sandbox/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(answer.body());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
