package org.audienceimport.upload.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.audienceimport.upload.FakeApi;
import org.audienceimport.upload.LogCapture;
import org.audienceimport.upload.Secret;
import org.audienceimport.upload.prepare.CredentialInjection;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class ApiClientTest {

    private static final String SECRET = "0123456789abcdef-secret-zz";
    private static final byte[] BATCH = "{\"segment_id\":146,\"audience\":[{\"email\":\"ann@example.com\"}]}".getBytes(StandardCharsets.UTF_8);

    private static ApiSettings settings(FakeApi api) {
        return ApiSettings.defaults().withEndpoint(Endpoint.of(api.base()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).withProxy(new ProxySettings.Direct());
    }

    /** The body as the upload sends it: the credentials, then the batch after its opening brace. */
    private static RequestBytes withCredentials(byte[] batch, String shopId, String secret) {
        return new RequestBytes(CredentialInjection.prefix(shopId, secret), batch, CredentialInjection.afterOpeningBrace(batch));
    }

    @Test
    void postsJsonWithTheCredentialsInjectedToImportAudience() throws Exception {
        try (FakeApi api = new FakeApi(); ApiClient client = new ApiClient(settings(api))) {
            ApiAnswer answer = client.post(withCredentials(BATCH, "shop-1", SECRET));

            assertThat(answer).isEqualTo(new ApiAnswer(200, "{\"status\":\"success\"}", Optional.empty()));
            FakeApi.Received request = api.received().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/import/audience");
            assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
            assertThat(request.headers().getFirst("User-Agent")).startsWith("AudienceImport/");
            assertThat(request.text()).isEqualTo("{\"shop_id\":\"shop-1\",\"shop_secret\":\"" + SECRET
                    + "\",\"segment_id\":146,\"audience\":[{\"email\":\"ann@example.com\"}]}");
        }
    }

    @Test
    void aBodyOfManySlicesArrivesWholeWithItsLengthDeclared() throws Exception {
        byte[] body = new byte[RequestBody.SLICE_BYTES * 3 + 17];
        new java.util.Random(5).nextBytes(body);
        try (FakeApi api = new FakeApi(); ApiClient client = new ApiClient(settings(api))) {
            client.post(body);

            FakeApi.Received request = api.received().getFirst();
            assertThat(request.body()).isEqualTo(body);
            assertThat(request.headers().getFirst("Content-Length")).isEqualTo(String.valueOf(body.length));
            assertThat(request.headers().getFirst("Transfer-Encoding")).isNull();
        }
    }

    @Test
    void slicesCoverTheBodyInOrderWithoutOverlap() {
        byte[] body = new byte[RequestBody.SLICE_BYTES * 2 + 1];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        RequestBody.Slices slices = new RequestBody.Slices(RequestBytes.of(body));
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        while (slices.hasNext()) {
            byte[] slice = slices.next();
            sizes.add(slice.length);
            joined.writeBytes(slice);
        }
        assertThat(sizes).containsExactly(RequestBody.SLICE_BYTES, RequestBody.SLICE_BYTES, 1);
        assertThat(joined.toByteArray()).isEqualTo(body);
        org.assertj.core.api.Assertions.assertThatThrownBy(slices::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void aBodyInTwoPartsArrivesAsTheHeadThenTheTailFromItsStart() throws Exception {
        java.util.Random random = new java.util.Random(11);
        byte[] head = new byte[RequestBody.SLICE_BYTES + 10];
        byte[] tail = new byte[RequestBody.SLICE_BYTES * 2 + 5];
        random.nextBytes(head);
        random.nextBytes(tail);
        byte[] expected = new byte[head.length + tail.length - 7];
        System.arraycopy(head, 0, expected, 0, head.length);
        System.arraycopy(tail, 7, expected, head.length, tail.length - 7);
        try (FakeApi api = new FakeApi(); ApiClient client = new ApiClient(settings(api))) {
            client.post(new RequestBytes(head, tail, 7));

            FakeApi.Received request = api.received().getFirst();
            assertThat(request.body()).isEqualTo(expected);
            assertThat(request.headers().getFirst("Content-Length")).isEqualTo(String.valueOf(expected.length));
        }
    }

    @Test
    void theAnswerKeepsStatusBodyAndRetryAfter() throws Exception {
        try (FakeApi api = new FakeApi(); ApiClient client = new ApiClient(settings(api))) {
            api.answer(request -> FakeApi.Reply.of(429, "{\"status\":\"error\"}").withHeader("Retry-After", "20"));
            ApiAnswer answer = client.post(BATCH);
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.retryAfter()).contains("20");
            assertThat(answer.accepted()).isFalse();
        }
    }

    @Test
    void theSecretNeverReachesTheLogsEvenWhenRequestsFail() throws Exception {
        try (LogCapture logs = new LogCapture(); FakeApi api = new FakeApi(); ApiClient client = new ApiClient(settings(api))) {
            client.post(withCredentials(BATCH, "shop-1", SECRET));
            api.answer(request -> FakeApi.Reply.drop());
            try {
                client.post(withCredentials(BATCH, "shop-1", SECRET));
            } catch (IOException expected) {
                assertThat(expected.getMessage()).doesNotContain(SECRET);
            }
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(SECRET));
        }
    }

    @Test
    void aRequestThatTakesTooLongTimesOut() throws Exception {
        try (FakeApi api = new FakeApi(); ApiClient client = new ApiClient(ApiSettings.defaults()
                .withEndpoint(Endpoint.of(api.base())).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)))) {
            api.answer(request -> FakeApi.Reply.ok().delayed(2000));
            long started = System.nanoTime();
            try {
                client.post(BATCH);
                throw new AssertionError("expected a timeout");
            } catch (java.net.http.HttpTimeoutException expected) {
                assertThat(System.nanoTime() - started).isLessThan(Duration.ofMillis(1800).toNanos());
            }
        }
    }

    @Test
    void anExplicitProxyIsUsedAndGetsItsPasswordWhenItAsks() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        AtomicReference<String> target = new AtomicReference<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String given = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
                if (given == null) {
                    exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"office\"");
                    exchange.sendResponseHeaders(407, -1);
                    return;
                }
                authorization.set(given);
                target.set(exchange.getRequestURI().toString());
                byte[] ok = "{\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, ok.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(ok);
                }
            }
        });
        proxy.start();
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        ProxySettings.Explicit settings = new ProxySettings.Explicit("127.0.0.1", proxy.getAddress().getPort(),
                Optional.of("marketing"), Optional.of(Secret.of("pr0xy-pass")));
        assertThat(settings.toString()).doesNotContain("pr0xy-pass");
        // Nothing listens at the API's address: only the proxy can answer.
        try (ApiClient client = new ApiClient(ApiSettings.defaults()
                .withEndpoint(Endpoint.parse("http://127.0.0.1:" + closedPort)).withProxy(settings))) {
            assertThat(client.post(BATCH).status()).isEqualTo(200);
        } finally {
            proxy.stop(0);
        }
        assertThat(target.get()).isEqualTo("http://127.0.0.1:" + closedPort + "/import/audience");
        assertThat(authorization.get()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("marketing:pr0xy-pass".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSystemProxyIsTheDefault() {
        assertThat(ApiSettings.defaults().proxy()).isInstanceOf(ProxySettings.SystemProxy.class);
        assertThat(ApiSettings.defaults().endpoint().base()).hasToString("https://api.personaclick.com");
    }

    @Test
    void secretsShowAsStarsAndCanBeWiped() {
        Secret secret = Secret.of(SECRET.toCharArray());
        assertThat(secret).hasToString("***");
        assertThat(new org.audienceimport.upload.ShopCredentials("shop-1", secret).toString()).doesNotContain(SECRET);
        assertThat(secret.redact("echo: " + SECRET)).isEqualTo("echo: ***");
        secret.wipe();
        org.assertj.core.api.Assertions.assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class);
    }
}
