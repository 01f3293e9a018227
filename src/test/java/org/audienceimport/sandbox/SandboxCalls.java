package org.audienceimport.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to a sandbox the way the app will: java.net.http, JSON bodies. */
final class SandboxCalls implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SandboxServer server;

    SandboxCalls(SandboxServer server) {
        this.server = server;
    }

    /** A request body for the demo shop. */
    static String body(String audienceJson) {
        return body("demo-shop", "demo-secret", null, audienceJson);
    }

    static String body(String shopId, String secret, Long segment, String audienceJson) {
        return "{\"shop_id\":\"" + shopId + "\",\"shop_secret\":\"" + secret + "\","
                + (segment == null ? "" : "\"segment_id\":" + segment + ",")
                + "\"audience\":" + audienceJson + "}";
    }

    HttpResponse<String> importAudience(String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.importUri())
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The message of the platform's error body. */
    static String message(HttpResponse<String> response) throws IOException {
        return json(response).at("/payload/message").asText();
    }

    @Override
    public void close() {
        client.close();
    }
}
