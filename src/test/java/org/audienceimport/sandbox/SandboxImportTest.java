package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.audienceimport.upload.RateLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class SandboxImportTest {

    @TempDir
    Path dir;

    private SandboxServer server;
    private SandboxCalls calls;

    private void start(SandboxSettings settings) throws Exception {
        server = SandboxServer.start(settings);
        calls = new SandboxCalls(server);
    }

    @AfterEach
    void stop() {
        if (calls != null) {
            calls.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        start(SandboxSettings.defaults());
        assertThat(server.uri().toString()).startsWith("http://127.0.0.1:");
        assertThat(server.port()).isPositive();
        assertThat(server.importUri().toString()).isEqualTo(server.uri() + "/import/audience");

        assertThatThrownBy(() -> SandboxSettings.defaults().withBindAddress(InetAddress.getByName("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> SandboxSettings.defaults().withBindAddress(InetAddress.getByName("192.168.1.10")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsNeverShowTheSecret() {
        assertThat(SandboxSettings.defaults().withShopSecret("hunter2-very-secret").toString())
                .doesNotContain("hunter2").contains("shopId=demo-shop");
    }

    @Test
    void acceptsAValidRequestAndStoresProfiles() throws Exception {
        start(SandboxSettings.defaults());
        HttpResponse<String> response = calls.importAudience(SandboxCalls.body("demo-shop", "demo-secret", 146L,
                "[{\"email\":\"ann@example.com\",\"first_name\":\"Ann\"},{\"phone\":\"4400114527199\",\"age\":31}]"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxCalls.json(response)).isEqualTo(SandboxCalls.JSON.readTree("{\"status\":\"success\"}"));
        assertThat(server.profiles()).hasSize(2);
        Profile ann = server.profileWithEmail("ANN@example.com").orElseThrow();
        assertThat(ann.text("first_name")).contains("Ann");
        assertThat(ann.segments()).containsExactly(146L);
        assertThat(server.profileWithPhone("4400114527199").orElseThrow().fields().get("age").asInt()).isEqualTo(31);
    }

    @Test
    void sendingTheSameProfileAgainUpdatesItByEmailThenByPhone() throws Exception {
        start(SandboxSettings.defaults());
        calls.importAudience(SandboxCalls.body("demo-shop", "demo-secret", 1L,
                "[{\"email\":\"ann@example.com\",\"first_name\":\"Ann\",\"last_name\":\"Lee\"},"
                        + "{\"phone\":\"79123456789\",\"first_name\":\"Bob\"}]"));
        // Same email, different case: the email match wins; later values win, untouched fields stay.
        calls.importAudience(SandboxCalls.body("demo-shop", "demo-secret", 2L,
                "[{\"email\":\"Ann@Example.com\",\"last_name\":\"Smith\",\"phone\":\"4400114527199\"},"
                        // No email known: matched by phone, and the email joins the profile.
                        + "{\"phone\":\"79123456789\",\"email\":\"bob@example.com\",\"age\":40}]"));

        List<Profile> profiles = server.profiles();
        assertThat(profiles).hasSize(2);
        Profile ann = server.profileWithEmail("ann@example.com").orElseThrow();
        assertThat(ann.text("first_name")).contains("Ann");
        assertThat(ann.text("last_name")).contains("Smith");
        assertThat(ann.segments()).containsExactly(1L, 2L);
        assertThat(ann.updates()).isEqualTo(2);
        assertThat(server.profileWithPhone("4400114527199")).contains(ann);
        Profile bob = server.profileWithEmail("bob@example.com").orElseThrow();
        assertThat(bob.text("first_name")).contains("Bob");
        assertThat(bob.fields().get("age").asInt()).isEqualTo(40);
        assertThat(server.profileWithPhone("79123456789").orElseThrow().id()).isEqualTo(bob.id());
        assertThat(server.stats().profiles()).isEqualTo(2);
        assertThat(server.stats().objectsAccepted()).isEqualTo(4);
    }

    @Test
    void wrongOrMissingCredentialsGetTheDocumentedBody() throws Exception {
        start(SandboxSettings.defaults().withShopId("shop-1").withShopSecret("s3cret"));
        String documented = "{\"status\":\"error\",\"payload\":{\"message\":\"Shop not found\"}}";
        for (String body : List.of(
                SandboxCalls.body("shop-1", "wrong", null, "[{\"email\":\"a@b.co\"}]"),
                SandboxCalls.body("shop-2", "s3cret", null, "[{\"email\":\"a@b.co\"}]"),
                "{\"shop_id\":\"shop-1\",\"audience\":[{\"email\":\"a@b.co\"}]}",
                // Credentials are checked before the shape of the audience.
                SandboxCalls.body("shop-1", "wrong", null, "[{\"first_name\":\"no identifier\"}]"))) {
            HttpResponse<String> response = calls.importAudience(body);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(SandboxCalls.json(response)).isEqualTo(SandboxCalls.JSON.readTree(documented));
        }
        assertThat(server.profiles()).isEmpty();
        assertThat(server.stats().status(400)).isEqualTo(4);
        assertThat(calls.importAudience(SandboxCalls.body("shop-1", "s3cret", null, "[{\"email\":\"a@b.co\"}]")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBadObjectRefusesTheWholeRequest() throws Exception {
        start(SandboxSettings.defaults());
        HttpResponse<String> response = calls.importAudience(SandboxCalls.body(
                "[{\"email\":\"ok@example.com\"},{\"email\":\"x@example.com\",\"birthday\":\"31/02/1990\"}]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxCalls.json(response).get("status").asText()).isEqualTo("error");
        assertThat(SandboxCalls.message(response))
                .isEqualTo("audience[1].birthday: expected a date YYYY-MM-DD, got \"31/02/1990\"");
        assertThat(server.profiles()).isEmpty();
        assertThat(server.stats().objectsReceived()).isEqualTo(2);
        assertThat(server.stats().objectsAccepted()).isZero();
    }

    @Test
    void refusesBodiesThatAreNotTheContractsJson() throws Exception {
        start(SandboxSettings.defaults());
        assertThat(SandboxCalls.message(calls.importAudience("{\"shop_id\": "))).startsWith("The request body is not valid JSON");
        assertThat(SandboxCalls.message(calls.importAudience("[1,2]"))).startsWith("The request body must be a JSON object");
        assertThat(SandboxCalls.message(calls.importAudience(
                "{\"shop_id\":\"demo-shop\",\"shop_secret\":\"demo-secret\",\"audience\":[],\"audience\":[]}")))
                .contains("Duplicate field");
        HttpResponse<String> textSegment = calls.importAudience(
                "{\"shop_id\":\"demo-shop\",\"shop_secret\":\"demo-secret\",\"segment_id\":\"146\",\"audience\":[]}");
        assertThat(textSegment.statusCode()).isEqualTo(400);
        assertThat(SandboxCalls.message(textSegment)).isEqualTo("segment_id: expected a whole number, got \"146\"");
        assertThat(SandboxCalls.message(calls.importAudience("{\"shop_id\":\"demo-shop\",\"shop_secret\":\"demo-secret\"}")))
                .startsWith("audience: missing");

        HttpResponse<String> plainText = calls.post("/import/audience", "text/plain", SandboxCalls.body("[]"));
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(calls.get("/import/audience").statusCode()).isEqualTo(405);
        assertThat(calls.post("/import/audience/extra", "application/json", SandboxCalls.body("[]")).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesABodyOverTheSizeLimit() throws Exception {
        start(SandboxSettings.defaults().withMaxRequestBytes(1_000));
        StringBuilder audience = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            audience.append(i == 0 ? "" : ",").append("{\"email\":\"person").append(i).append("@example.com\"}");
        }
        String big = SandboxCalls.body(audience.append("]").toString());
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_000);

        HttpResponse<String> response = calls.importAudience(big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(SandboxCalls.message(response)).contains("1000 bytes");
        assertThat(server.profiles()).isEmpty();
        assertThat(server.stats().largestBodyBytes()).isEqualTo(big.getBytes(StandardCharsets.UTF_8).length);
        // The connection was read to the end, so the next request is served normally.
        assertThat(calls.importAudience(SandboxCalls.body("[{\"email\":\"a@b.co\"}]")).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesADeclaredLengthFarOverTheLimitWithoutReadingIt() throws Exception {
        start(SandboxSettings.defaults().withMaxRequestBytes(100));
        String huge = SandboxCalls.body("[{\"email\":\"a@b.co\",\"note\":\"" + "x".repeat(BodyReader.SLACK + 1_000) + "\"}]");

        HttpResponse<String> response = calls.importAudience(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Connection")).hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("close"));
        assertThat(server.stats().largestBodyBytes()).isLessThan(huge.length());
    }

    @Test
    void writesAcceptedObjectsToTheStoreFile() throws Exception {
        Path file = dir.resolve("store.jsonl");
        start(SandboxSettings.defaults().withStoreFile(file));
        calls.importAudience(SandboxCalls.body("demo-shop", "demo-secret", 146L,
                "[{\"email\":\"ann@example.com\",\"custom_float_property\":7.62},{\"phone\":\"4400114527199\"}]"));
        calls.importAudience(SandboxCalls.body("[{\"email\":\"not an address\"}]"));
        calls.importAudience(SandboxCalls.body("[{\"email\":\"ann@example.com\"}]"));
        server.close();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        JsonNode first = SandboxCalls.JSON.readTree(lines.get(0));
        assertThat(first.get("request").asLong()).isEqualTo(1);
        assertThat(first.get("segment_id").asLong()).isEqualTo(146);
        assertThat(first.get("object").toString()).isEqualTo("{\"email\":\"ann@example.com\",\"custom_float_property\":7.62}");
        assertThat(SandboxCalls.JSON.readTree(lines.get(1)).at("/object/phone").asText()).isEqualTo("4400114527199");
        JsonNode third = SandboxCalls.JSON.readTree(lines.get(2));
        assertThat(third.get("request").asLong()).isEqualTo(3);
        assertThat(third.get("segment_id").isNull()).isTrue();
    }

    @Test
    void statsProfilesAndResetOverHttp() throws Exception {
        start(SandboxSettings.defaults());
        calls.importAudience(SandboxCalls.body("demo-shop", "demo-secret", 7L,
                "[{\"email\":\"ann@example.com\"},{\"phone\":\"79123456789\"}]"));
        calls.importAudience(SandboxCalls.body("demo-shop", "nope", null, "[]"));

        JsonNode stats = SandboxCalls.json(calls.get("/sandbox/stats"));
        assertThat(stats.get("requests").asLong()).isEqualTo(2);
        assertThat(stats.get("accepted").asLong()).isEqualTo(1);
        assertThat(stats.at("/by_status/200").asLong()).isEqualTo(1);
        assertThat(stats.at("/by_status/400").asLong()).isEqualTo(1);
        assertThat(stats.get("objects_accepted").asLong()).isEqualTo(2);
        assertThat(stats.get("profiles").asLong()).isEqualTo(2);
        assertThat(stats.get("max_requests_in_window").asInt()).isEqualTo(2);
        assertThat(stats.get("largest_body_bytes").asLong()).isPositive();
        assertThat(stats.get("dropped_connections").asLong()).isZero();

        JsonNode all = SandboxCalls.json(calls.get("/sandbox/profiles"));
        assertThat(all.get("profiles")).hasSize(2);
        JsonNode byPhone = SandboxCalls.json(calls.get("/sandbox/profiles?phone=79123456789"));
        assertThat(byPhone.get("profiles")).hasSize(1);
        assertThat(byPhone.at("/profiles/0/segments/0").asLong()).isEqualTo(7);
        assertThat(SandboxCalls.json(calls.get("/sandbox/profiles?email=ANN%40example.com")).at("/profiles/0/fields/email").asText())
                .isEqualTo("ann@example.com");
        assertThat(SandboxCalls.json(calls.get("/sandbox/profiles?email=nobody@example.com")).get("profiles")).isEmpty();

        assertThat(calls.post("/sandbox/reset", "application/json", "").statusCode()).isEqualTo(200);
        assertThat(server.profiles()).isEmpty();
        assertThat(server.stats().requests()).isZero();
        assertThat(calls.get("/sandbox/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void concurrentRequestsForTheSameContactsNeverDuplicateThem() throws Exception {
        start(SandboxSettings.defaults().withRateLimit(RateLimit.parse("100/1s")));
        StringBuilder audience = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            audience.append(i == 0 ? "" : ",").append("{\"email\":\"p").append(i).append("@example.com\",\"phone\":\"7900000")
                    .append(String.format("%04d", i)).append("\"}");
        }
        String body = SandboxCalls.body(audience.append("]").toString());
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                statuses.add(pool.submit(() -> calls.importAudience(body).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        assertThat(server.profiles()).hasSize(50);
        assertThat(server.profiles()).allSatisfy(p -> assertThat(p.updates()).isEqualTo(16));
        assertThat(server.stats().maxRequestsInWindow()).isEqualTo(16);
    }
}
