package org.audienceimport.sandbox;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The sandbox's own endpoints, for tests and demos (the real platform has none of them):
 * {@code GET /sandbox/stats}, {@code GET /sandbox/profiles[?email=|?phone=]} and {@code POST /sandbox/reset}.
 * They are not counted in the statistics.
 */
final class AdminHandler implements HttpHandler {

    static final String PATH = "/sandbox";

    private final SandboxServer server;
    private final ObjectMapper json;
    private final Answers answers;

    AdminHandler(SandboxServer server, ObjectMapper json) {
        this.server = server;
        this.json = json;
        this.answers = new Answers(json);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET /sandbox/stats" -> answers.send(exchange, 200, statsJson(server.stats()));
            case "GET /sandbox/profiles" -> answers.send(exchange, 200, profilesJson(exchange));
            case "POST /sandbox/reset" -> {
                server.reset();
                answers.send(exchange, 200, answers.success());
            }
            default -> answers.send(exchange, 404, answers.error("No such sandbox endpoint: " + route
                    + " (try GET /sandbox/stats, GET /sandbox/profiles, POST /sandbox/reset)"));
        }
    }

    private ObjectNode statsJson(SandboxStats stats) {
        ObjectNode node = json.createObjectNode()
                .put("requests", stats.requests())
                .put("accepted", stats.accepted())
                .put("objects_received", stats.objectsReceived())
                .put("objects_accepted", stats.objectsAccepted())
                .put("profiles", stats.profiles())
                .put("dropped_connections", stats.droppedConnections())
                .put("max_requests_in_window", stats.maxRequestsInWindow())
                .put("largest_body_bytes", stats.largestBodyBytes());
        ObjectNode byStatus = node.putObject("by_status");
        stats.byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byStatus.put(Integer.toString(e.getKey()), e.getValue()));
        return node;
    }

    private ObjectNode profilesJson(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        List<Profile> profiles;
        if (query.containsKey("email")) {
            profiles = server.profileWithEmail(query.get("email")).stream().toList();
        } else if (query.containsKey("phone")) {
            profiles = server.profileWithPhone(query.get("phone")).stream().toList();
        } else {
            profiles = server.profiles();
        }
        ObjectNode node = json.createObjectNode();
        ArrayNode array = node.putArray("profiles");
        for (Profile profile : profiles) {
            ObjectNode item = array.addObject();
            item.put("id", profile.id());
            item.put("updates", profile.updates());
            item.set("fields", profile.fields());
            ArrayNode segments = item.putArray("segments");
            profile.segments().forEach(segments::add);
        }
        return node;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
