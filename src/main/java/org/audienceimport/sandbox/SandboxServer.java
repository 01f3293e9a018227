package org.audienceimport.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that behaves like {@code POST /import/audience}, so the app can be tried, shown and tested
 * with no account and no network. It listens on a loopback address only, checks what the platform checks
 * (credentials, rate, size, the shape of every object), keeps accepted contacts in memory as upserted
 * profiles, and can fail on purpose. Besides the import endpoint it answers {@code GET /sandbox/stats},
 * {@code GET /sandbox/profiles} and {@code POST /sandbox/reset}.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxSettings.defaults().withRateLimit(RateLimit.parse("3/1s")))) {
 *     URI endpoint = sandbox.importUri();   // http://127.0.0.1:PORT/import/audience
 *     ...
 *     assertThat(sandbox.stats().maxRequestsInWindow()).isLessThanOrEqualTo(3);
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final SandboxSettings settings;
    private final HttpServer http;
    private final ExecutorService executor;
    private final ProfileStore store = new ProfileStore();
    private final StatsRecorder stats;
    private final RateWindows rateWindows;
    private final FaultPlan faults;
    private final JsonlStore storeFile;
    private boolean closed;

    private SandboxServer(SandboxSettings settings, HttpServer http, ExecutorService executor, JsonlStore storeFile) {
        this.settings = settings;
        this.http = http;
        this.executor = executor;
        this.storeFile = storeFile;
        this.stats = new StatsRecorder(System::nanoTime, settings.rateLimit().window().toNanos());
        this.rateWindows = new RateWindows(settings.rateLimit());
        this.faults = new FaultPlan(settings.failEvery(), settings.failStatuses(), settings.dropEvery());
    }

    /**
     * Binds and starts serving. Each request runs on its own virtual thread, so added latency or a slow
     * link on one request does not hold up the others.
     *
     * @throws java.net.BindException when the port is taken
     * @throws IOException            when the store file cannot be opened
     */
    public static SandboxServer start(SandboxSettings settings) throws IOException {
        ObjectMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        JsonlStore storeFile = settings.storeFile().isPresent() ? JsonlStore.open(settings.storeFile().get(), json) : null;
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 0);
        } catch (IOException e) {
            closeQuietly(storeFile);
            throw e;
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SandboxServer server = new SandboxServer(settings, http, executor, storeFile);
        http.setExecutor(executor);
        http.createContext(ImportHandler.PATH, new ImportHandler(settings, json, server.rateWindows, server.faults,
                server.store, storeFile, server.stats, System::nanoTime));
        http.createContext(AdminHandler.PATH, new AdminHandler(server, json));
        http.start();
        LOG.info("Sandbox listening on {} for shop {} ({})", server.uri(), settings.shopId(), settings.rateLimit());
        return server;
    }

    /** The base address, such as {@code http://127.0.0.1:8046}: what the app takes as its API base URL. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** {@code uri()} + {@code /import/audience}. */
    public URI importUri() {
        return URI.create(uri() + ImportHandler.PATH);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxStats stats() {
        return stats.snapshot(store.size());
    }

    /** Copies of every stored profile, in order of creation. */
    public List<Profile> profiles() {
        return store.all();
    }

    public Optional<Profile> profileWithEmail(String email) {
        return store.withEmail(email);
    }

    public Optional<Profile> profileWithPhone(String phone) {
        return store.withPhone(phone);
    }

    /** Forgets every profile, counter, rate window and fault count; the store file is kept as it is. */
    public void reset() {
        store.clear();
        stats.reset();
        rateWindows.reset();
        faults.reset();
    }

    /** Stops at once: requests in progress are cut off. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        executor.shutdownNow();
        closeQuietly(storeFile);
        LOG.info("Sandbox on port {} stopped", http.getAddress().getPort());
    }

    private static void closeQuietly(JsonlStore file) {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            LOG.warn("The sandbox's store file did not close cleanly", e);
        }
    }
}
