package org.audienceimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.audienceimport.upload.RateLimit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sandbox",
        mixinStandardHelpOptions = true,
        description = {"Runs a local server that behaves like the audience import API, to try the app with no account",
            "and no network. It listens on 127.0.0.1 only and keeps what it receives in memory. Stop it with Ctrl+C.",
            "Besides POST /import/audience it answers GET /sandbox/stats, GET /sandbox/profiles[?email=|?phone=]",
            "and POST /sandbox/reset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the sandbox was stopped",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:an option is wrong, the port is taken or the store file cannot be opened (the reason is on stderr)"})
public final class SandboxCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8046;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--shop-id", paramLabel = "ID", defaultValue = SandboxSettings.DEMO_SHOP_ID,
            description = "The shop id requests must carry (default: ${DEFAULT-VALUE}).")
    private String shopId;

    @Option(names = "--shop-secret-env", paramLabel = "VAR",
            description = "The environment variable holding the shop secret requests must carry."
                    + " Without it the secret is '" + SandboxSettings.DEMO_SHOP_SECRET + "'.")
    private String shopSecretVariable;

    @Option(names = "--rate", paramLabel = "N/DURATION", defaultValue = "40/60s",
            description = "The rate limit per shop, such as 40/60s or 3/1s (default: ${DEFAULT-VALUE}, the platform's).")
    private String rate;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + SandboxSettings.PLATFORM_MAX_REQUEST_BYTES,
            description = "The largest request body accepted; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
    private long maxRequestBytes;

    @Option(names = "--store", paramLabel = "FILE.jsonl",
            description = "Also append every accepted object to this file, one JSON per line.")
    private Path storeFile;

    @Option(names = "--fail-every", paramLabel = "N", defaultValue = "0",
            description = "Fail every Nth request (after the credential and rate checks), storing nothing (default: never).")
    private int failEvery;

    @Option(names = "--fail-status", paramLabel = "STATUS", split = ",", defaultValue = "500,503",
            description = "The statuses those failures take in turn (default: ${DEFAULT-VALUE}).")
    private List<Integer> failStatuses;

    @Option(names = "--drop-every", paramLabel = "M", defaultValue = "0",
            description = "Store every Mth accepted request, then drop its connection without answering (default: never).")
    private int dropEvery;

    @Option(names = "--latency-ms", paramLabel = "L", defaultValue = "0",
            description = "Wait this many milliseconds before every answer (default: ${DEFAULT-VALUE}).")
    private long latencyMillis;

    @Option(names = "--bytes-per-second", paramLabel = "B", defaultValue = "0",
            description = "Read request bodies at about this speed, like a slow link (default: as fast as they come).")
    private long bytesPerSecond;

    private final UnaryOperator<String> environment;

    public SandboxCommand() {
        this(System::getenv);
    }

    /** For tests: where environment variables are looked up. */
    SandboxCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SandboxSettings settings;
        try {
            settings = settings(err);
        } catch (BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(settings);
        } catch (BindException e) {
            err.println("Port " + port + " is already in use (or not allowed). Stop the program using it, or choose"
                    + " another port with --port (0 picks a free one).");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("The sandbox cannot start: " + e.getMessage()
                    + (storeFile != null ? " (check that the folder of " + storeFile + " exists and can be written)" : ""));
            return ExitCodes.BAD_INPUT;
        }
        describe(server, err);
        return runUntilStopped(server, err);
    }

    private SandboxSettings settings(PrintWriter err) throws BadOptionException {
        RateLimit rateLimit;
        try {
            rateLimit = RateLimit.parse(rate);
        } catch (IllegalArgumentException e) {
            throw new BadOptionException("--rate: " + e.getMessage());
        }
        try {
            return SandboxSettings.defaults().withPort(port).withShopId(shopId).withShopSecret(secret(err))
                    .withRateLimit(rateLimit).withMaxRequestBytes(maxRequestBytes).withStoreFile(storeFile)
                    .withFailEvery(failEvery).withFailStatus(failStatuses.toArray(Integer[]::new)).withDropEvery(dropEvery)
                    .withLatency(Duration.ofMillis(latencyMillis)).withBytesPerSecond(bytesPerSecond);
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(e.getMessage() + ".");
        }
    }

    /** The secret never comes from the command line itself, where other users and shell history could see it. */
    private String secret(PrintWriter err) throws BadOptionException {
        if (shopSecretVariable == null) {
            err.println("No --shop-secret-env given: requests must carry the demo secret \""
                    + SandboxSettings.DEMO_SHOP_SECRET + "\".");
            return SandboxSettings.DEMO_SHOP_SECRET;
        }
        String secret = environment.apply(shopSecretVariable);
        if (secret == null || secret.isBlank()) {
            throw new BadOptionException("--shop-secret-env: the environment variable " + shopSecretVariable
                    + " is not set or empty. Set it to the secret requests must carry, or leave the option out to use \""
                    + SandboxSettings.DEMO_SHOP_SECRET + "\".");
        }
        return secret;
    }

    private static void describe(SandboxServer server, PrintWriter err) {
        SandboxSettings settings = server.settings();
        err.println("Sandbox running at " + server.uri() + " (import endpoint " + server.importUri() + ")");
        err.println("Shop id: " + settings.shopId() + "; rate limit " + settings.rateLimit() + " per shop; at most "
                + settings.maxRequestBytes() + " bytes a request.");
        if (settings.failEvery() > 0 || settings.dropEvery() > 0 || !settings.latency().isZero() || settings.bytesPerSecond() > 0) {
            err.println("Faults: fail every " + settings.failEvery() + " " + settings.failStatuses() + ", drop every "
                    + settings.dropEvery() + ", latency " + settings.latency().toMillis() + " ms, "
                    + (settings.bytesPerSecond() > 0 ? settings.bytesPerSecond() + " bytes/s" : "full speed") + " (0 = never).");
        }
        settings.storeFile().ifPresent(file -> err.println("Accepted objects are appended to " + file.toAbsolutePath()));
        err.println("Stats: " + server.uri() + "/sandbox/stats   Profiles: " + server.uri() + "/sandbox/profiles");
        err.println("Press Ctrl+C to stop.");
        err.flush();
    }

    /**
     * Waits until Ctrl+C (the shutdown hook closes the server, then ends the process with 0, since a stop is
     * the normal end of this command) or until the thread is interrupted (as tests do).
     */
    private static int runUntilStopped(SandboxServer server, PrintWriter err) {
        CountDownLatch forever = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            err.println("Sandbox stopped.");
            err.flush();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            removeHook(hook);
            server.close();
        }
        err.println("Sandbox stopped.");
        err.flush();
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is closing the server.
        }
    }
}
