package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class SandboxCommandTest {

    private static final Pattern URL = Pattern.compile("Sandbox running at (http://127\\.0\\.0\\.1:\\d+)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command on its own thread, as a user would until Ctrl+C. */
    private final class Running {
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(CommandLine commandLine, String... args) {
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            thread = Thread.ofPlatform().start(() -> exit.set(commandLine.execute(args)));
        }

        URI awaitUri() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = URL.matcher(err.toString());
                if (m.find()) {
                    return URI.create(m.group(1));
                }
                assertThat(thread.isAlive()).as("the command is still running; stderr: %s", err).isTrue();
                Thread.sleep(20);
            }
            throw new AssertionError("The sandbox never said where it runs; stderr: " + err);
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10));
            assertThat(thread.isAlive()).isFalse();
            return exit.get();
        }
    }

    private static CommandLine command(Map<String, String> environment) {
        return new CommandLine(new SandboxCommand(environment::get));
    }

    private static HttpResponse<String> post(URI base, String body) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/import/audience"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void startsServesAndStopsCleanlyWithTheDemoShop() throws Exception {
        Running running = new Running(command(Map.of()), "--port", "0", "--rate", "5/1s", "--fail-every", "3");
        URI uri = running.awaitUri();

        HttpResponse<String> response = post(uri, "{\"shop_id\":\"demo-shop\",\"shop_secret\":\"demo-secret\","
                + "\"audience\":[{\"email\":\"ann@example.com\"}]}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"success\"}");

        assertThat(running.stop()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString())
                .contains("demo secret \"demo-secret\"")
                .contains("Shop id: demo-shop; rate limit 5/1s per shop")
                .contains("Faults: fail every 3 [500, 503]")
                .contains("Ctrl+C")
                .contains("Sandbox stopped.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void takesTheSecretFromTheNamedVariableAndNeverPrintsIt() throws Exception {
        Running running = new Running(command(Map.of("SANDBOX_SECRET", "s3cret-from-env")),
                "--port", "0", "--shop-id", "shop-7", "--shop-secret-env", "SANDBOX_SECRET");
        URI uri = running.awaitUri();

        assertThat(post(uri, "{\"shop_id\":\"shop-7\",\"shop_secret\":\"demo-secret\",\"audience\":[]}").statusCode())
                .isEqualTo(400);
        assertThat(post(uri, "{\"shop_id\":\"shop-7\",\"shop_secret\":\"s3cret-from-env\",\"audience\":[]}").statusCode())
                .isEqualTo(200);

        assertThat(running.stop()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).doesNotContain("s3cret-from-env").doesNotContain("demo secret");
    }

    @Test
    void aMissingSecretVariableIsABadOption() {
        int exit = command(Map.of()).setErr(new PrintWriter(err, true)).execute("--port", "0", "--shop-secret-env", "NOPE");
        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("NOPE is not set");
    }

    @Test
    void aTakenPortIsReportedPlainly() throws Exception {
        try (SandboxServer other = SandboxServer.start(SandboxSettings.defaults())) {
            int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "sandbox", "--port", Integer.toString(other.port()));
            assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("Port " + other.port() + " is already in use").contains("--port");
        }
    }

    @Test
    void badOptionValuesExitWith2() {
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--rate", "fast"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--rate").contains("is not a rate");
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--port", "70000"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--fail-status", "200"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--shop-secret", "x"))
                .as("the secret is never an argument").isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--shop-secret-env", "--drop-every", "--latency-ms", "--bytes-per-second", "127.0.0.1");
    }
}
