package org.audienceimport.ui.upload;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;

/**
 * The built-in sandbox for practice with the sample data: started on the first practice upload, on this
 * computer only and on a free port, and stopped when the app closes.
 */
public final class PracticeSandbox implements AutoCloseable {

    public static final String SHOP_ID = SandboxSettings.DEMO_SHOP_ID;
    public static final String SHOP_SECRET = SandboxSettings.DEMO_SHOP_SECRET;

    private final SandboxSettings settings;
    private SandboxServer server;

    public PracticeSandbox() {
        this(SandboxSettings.defaults());
    }

    public PracticeSandbox(SandboxSettings settings) {
        this.settings = settings.withBindAddress(InetAddress.getLoopbackAddress()).withPort(0)
                .withShopId(SHOP_ID).withShopSecret(SHOP_SECRET);
    }

    /** The sandbox's address, starting it if needed. */
    public synchronized URI uri() throws IOException {
        if (server == null) {
            server = SandboxServer.start(settings);
        }
        return server.uri();
    }

    /** The running sandbox, for a look at what it received. */
    public synchronized Optional<SandboxServer> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
