package org.audienceimport.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.http.ApiSettings;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.http.ProxySettings;
import org.audienceimport.upload.pace.RetrySettings;
import org.audienceimport.upload.prepare.BatchWriter;
import org.audienceimport.upload.prepare.ManifestDetails;
import org.audienceimport.upload.prepare.PrepareResult;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.PreparedUploadException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A prepared upload, a fake API and engines wired to them, for the engine's tests. */
final class EngineFixture implements AutoCloseable {

    static final String SECRET = "f00dfeed0123456789abcdef-top-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final FakeApi api;
    final List<UploadEvent> events = new CopyOnWriteArrayList<>();
    UploadSettings settings;
    private final List<ApiClient> clients = new ArrayList<>();

    EngineFixture(Path dir) throws IOException {
        this.dir = dir;
        this.api = new FakeApi();
        this.settings = new UploadSettings(new org.audienceimport.upload.RateLimit(100, Duration.ofSeconds(1)),
                new RetrySettings(4, Duration.ofSeconds(20), Duration.ofMillis(20), Duration.ofMillis(80)),
                dir.resolve("home/data"), dir.resolve("home/cache"), 3, false);
    }

    static ObjectNode contact(int index) {
        ObjectNode node = JSON.createObjectNode();
        node.put("email", "person" + index + "@example.com");
        node.put("first_name", "Anna-Lena");
        node.put("loyalty_bonuses", index * 7);
        return node;
    }

    /** {@code contacts} contacts from rows 2…, packed into requests of at most {@code maxRequestBytes}. */
    PrepareResult prepare(String folder, int contacts, long maxRequestBytes, OptionalLong segment)
            throws IOException, PreparedUploadException {
        PrepareSettings packing = new PrepareSettings(maxRequestBytes, PrepareSettings.DEFAULT_RESERVED_CREDENTIAL_BYTES, segment);
        try (BatchWriter writer = BatchWriter.open(dir.resolve(folder), packing)) {
            for (int i = 0; i < contacts; i++) {
                writer.add(contact(i), i + 2);
            }
            return writer.finish(new ManifestDetails("test", Optional.empty(), null, Map.of()));
        }
    }

    ApiClient client() {
        ApiClient client = new ApiClient(ApiSettings.defaults().withEndpoint(Endpoint.of(api.base()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)).withProxy(new ProxySettings.Direct()));
        clients.add(client);
        return client;
    }

    UploadEngine engine(UploadSource source) {
        return engine(source, event -> { });
    }

    UploadEngine engine(UploadSource source, Consumer<UploadEvent> also) {
        return new UploadEngine(source, client(), new ShopCredentials("shop-1", Secret.of(SECRET)), settings, event -> {
            events.add(event);
            also.accept(event);
        });
    }

    static UploadReport run(UploadEngine engine) throws Exception {
        engine.start();
        return engine.report().get(30, TimeUnit.SECONDS);
    }

    /** The emails of every contact the server received, in arrival order. */
    List<String> emailsReceived() {
        List<String> emails = new ArrayList<>();
        for (FakeApi.Received request : api.received()) {
            try {
                for (JsonNode contact : JSON.readTree(request.body()).get("audience")) {
                    emails.add(contact.get("email").asText());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return emails;
    }

    static List<String> emails(int from, int to) {
        List<String> emails = new ArrayList<>();
        for (int i = from; i < to; i++) {
            emails.add("person" + i + "@example.com");
        }
        return emails;
    }

    <T extends UploadEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        clients.forEach(ApiClient::close);
        api.close();
    }
}
