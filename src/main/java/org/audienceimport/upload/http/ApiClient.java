package org.audienceimport.upload.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.audienceimport.AppVersion;
import org.audienceimport.upload.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts request bodies to {@code {base}/import/audience}. TLS is verified by the JDK's default trust
 * store (there is no way to turn that off); redirects are not followed, so a body holding the secret
 * never goes to an address the user did not choose. The body is never logged.
 */
public final class ApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    /** An answer is a short JSON object; more than this is cut, so a broken server cannot fill memory. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final ApiSettings settings;
    private final HttpClient http;
    private final String userAgent = "AudienceImport/" + AppVersion.version();

    public ApiClient(ApiSettings settings) {
        this.settings = settings;
        this.http = build(settings);
    }

    private static HttpClient build(ApiSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                // HTTP/2 brings nothing to one request at a time, and HTTP/1.1 behaves the same behind every proxy.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .sslContext(defaultTls());
        switch (settings.proxy()) {
            case ProxySettings.SystemProxy ignored -> builder.proxy(ProxySelector.getDefault() == null
                    ? HttpClient.Builder.NO_PROXY : ProxySelector.getDefault());
            case ProxySettings.Direct ignored -> builder.proxy(HttpClient.Builder.NO_PROXY);
            case ProxySettings.Explicit explicit -> {
                builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(explicit.host(), explicit.port())));
                if (explicit.user().isPresent()) {
                    builder.authenticator(new ProxyAuthenticator(explicit));
                }
            }
        }
        return builder.build();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no TLS", e);
        }
    }

    public ApiSettings settings() {
        return settings;
    }

    /**
     * Sends one request body and returns the answer, whatever its status.
     *
     * @throws IOException          when no answer came: the connection failed, was lost, or timed out
     *                              ({@link java.net.http.HttpTimeoutException})
     * @throws InterruptedException when the thread was interrupted; the request is then abandoned
     */
    public ApiAnswer post(byte[] body) throws IOException, InterruptedException {
        return post(RequestBytes.of(body));
    }

    /** As {@link #post(byte[])}, the body sent as its two parts. */
    public ApiAnswer post(RequestBytes body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint().importUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(RequestBody.of(body))
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String text;
        try (InputStream in = response.body()) {
            text = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
        }
        LOG.debug("POST {}: {} in {} ms ({} bytes sent)", request.uri(), response.statusCode(),
                (System.nanoTime() - started) / 1_000_000, body.length());
        return new ApiAnswer(response.statusCode(), text, response.headers().firstValue("Retry-After"));
    }

    @Override
    public void close() {
        http.close();
    }

    /** Answers the proxy's question for a password, and no one else's. */
    private static final class ProxyAuthenticator extends Authenticator {
        private final ProxySettings.Explicit proxy;

        ProxyAuthenticator(ProxySettings.Explicit proxy) {
            this.proxy = proxy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            char[] password = proxy.password().map(Secret::revealChars).orElse(new char[0]);
            try {
                // PasswordAuthentication keeps its own copy.
                return new PasswordAuthentication(proxy.user().orElse(""), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
