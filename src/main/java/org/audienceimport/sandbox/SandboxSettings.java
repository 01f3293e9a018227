package org.audienceimport.sandbox;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.audienceimport.upload.RateLimit;

/**
 * How a {@link SandboxServer} behaves. Start from {@link #defaults()} and change what a test or a demo
 * needs with the {@code with...} methods; each returns a new settings object.
 *
 * @param bindAddress     always a loopback address: the sandbox accepts a shop secret in clear text over
 *                        plain HTTP, so it must never be reachable from another machine
 * @param port            0 picks a free port
 * @param shopSecret      never logged; {@link #toString()} hides it
 * @param maxRequestBytes a larger request body is answered 413
 * @param storeFile       where accepted objects are appended, one JSON per line; empty keeps them in memory only
 * @param failEvery       every Nth authenticated, admitted request fails with the next of {@code failStatuses}; 0 never
 * @param failStatuses    the statuses injected failures take in turn
 * @param dropEvery       every Mth accepted request is stored and then its connection dropped unanswered; 0 never
 * @param latency         added before every answer on the import endpoint
 * @param bytesPerSecond  approximate speed at which request bodies are read; 0 as fast as they come
 */
public record SandboxSettings(InetAddress bindAddress, int port, String shopId, String shopSecret, RateLimit rateLimit,
                              long maxRequestBytes, Optional<Path> storeFile, int failEvery, List<Integer> failStatuses,
                              int dropEvery, Duration latency, long bytesPerSecond) {

    public static final String DEMO_SHOP_ID = "demo-shop";
    public static final String DEMO_SHOP_SECRET = "demo-secret";
    /** The platform's documented limit: 32 MB a request. */
    public static final long PLATFORM_MAX_REQUEST_BYTES = 32_000_000L;

    public SandboxSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (!bindAddress.isLoopbackAddress()) {
            throw new IllegalArgumentException("The sandbox listens on this computer only (a loopback address such as"
                    + " 127.0.0.1), not on " + bindAddress.getHostAddress());
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("A port is a number from 0 to 65535 (0 picks a free one), not " + port);
        }
        requireText(shopId, "shop id");
        requireText(shopSecret, "shop secret");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("The largest request must be at least one byte, not " + maxRequestBytes);
        }
        Objects.requireNonNull(storeFile, "storeFile");
        failStatuses = List.copyOf(failStatuses);
        if (failStatuses.isEmpty() || failStatuses.stream().anyMatch(s -> s < 400 || s > 599)) {
            throw new IllegalArgumentException("Injected failures take statuses from 400 to 599, not " + failStatuses);
        }
        if (failEvery < 0 || dropEvery < 0 || bytesPerSecond < 0) {
            throw new IllegalArgumentException("failEvery, dropEvery and bytesPerSecond cannot be negative");
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("The added latency cannot be negative");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The sandbox needs a " + what);
        }
    }

    /** 127.0.0.1 on a free port, the demo shop, the platform's limits, no faults. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(InetAddress.getLoopbackAddress(), 0, DEMO_SHOP_ID, DEMO_SHOP_SECRET, RateLimit.PLATFORM,
                PLATFORM_MAX_REQUEST_BYTES, Optional.empty(), 0, List.of(500, 503), 0, Duration.ZERO, 0);
    }

    public SandboxSettings withBindAddress(InetAddress address) {
        return new SandboxSettings(address, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withPort(int newPort) {
        return new SandboxSettings(bindAddress, newPort, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile,
                failEvery, failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withShopId(String id) {
        return new SandboxSettings(bindAddress, port, id, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withShopSecret(String secret) {
        return new SandboxSettings(bindAddress, port, shopId, secret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withRateLimit(RateLimit limit) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, limit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withMaxRequestBytes(long bytes) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, bytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withStoreFile(Path file) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, Optional.ofNullable(file),
                failEvery, failStatuses, dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withFailEvery(int n) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, n,
                failStatuses, dropEvery, latency, bytesPerSecond);
    }

    /** The statuses injected failures take in turn; by default 500 then 503. */
    public SandboxSettings withFailStatus(Integer... statuses) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                List.of(statuses), dropEvery, latency, bytesPerSecond);
    }

    public SandboxSettings withDropEvery(int m) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, m, latency, bytesPerSecond);
    }

    public SandboxSettings withLatency(Duration added) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, added, bytesPerSecond);
    }

    public SandboxSettings withBytesPerSecond(long speed) {
        return new SandboxSettings(bindAddress, port, shopId, shopSecret, rateLimit, maxRequestBytes, storeFile, failEvery,
                failStatuses, dropEvery, latency, speed);
    }

    /** Everything but the secret. */
    @Override
    public String toString() {
        return "SandboxSettings[bindAddress=" + bindAddress.getHostAddress() + ", port=" + port + ", shopId=" + shopId
                + ", shopSecret=***, rateLimit=" + rateLimit + ", maxRequestBytes=" + maxRequestBytes + ", storeFile="
                + storeFile.map(Path::toString).orElse("none") + ", failEvery=" + failEvery + ", failStatuses=" + failStatuses
                + ", dropEvery=" + dropEvery + ", latency=" + latency.toMillis() + "ms, bytesPerSecond=" + bytesPerSecond + "]";
    }
}
