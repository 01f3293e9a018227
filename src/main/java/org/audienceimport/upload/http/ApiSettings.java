package org.audienceimport.upload.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how requests go.
 *
 * @param endpoint       the API's base address, e.g. {@code https://api.personaclick.com}
 *                       ({@code https://api.rees46.ru} for REES46 accounts)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one request may take, body sent and answer received (a 32 MB body on a
 *                       slow line takes minutes, hence the generous default)
 */
public record ApiSettings(Endpoint endpoint, Duration connectTimeout, Duration requestTimeout, ProxySettings proxy) {

    public static final URI PERSONACLICK = URI.create("https://api.personaclick.com");
    public static final URI REES46 = URI.create("https://api.rees46.ru");
    public static final String IMPORT_PATH = "/import/audience";

    public ApiSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(proxy, "proxy");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }

    public static ApiSettings defaults() {
        return new ApiSettings(Endpoint.of(PERSONACLICK), Duration.ofSeconds(20), Duration.ofMinutes(10), ProxySettings.system());
    }

    public ApiSettings withEndpoint(Endpoint other) {
        return new ApiSettings(other, connectTimeout, requestTimeout, proxy);
    }

    public ApiSettings withTimeouts(Duration connect, Duration request) {
        return new ApiSettings(endpoint, connect, request, proxy);
    }

    public ApiSettings withProxy(ProxySettings settings) {
        return new ApiSettings(endpoint, connectTimeout, requestTimeout, settings);
    }
}
