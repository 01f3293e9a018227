package org.audienceimport.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/** Writes JSON answers, including the platform's error body. */
final class Answers {

    private final ObjectMapper json;

    Answers(ObjectMapper json) {
        this.json = json;
    }

    /** {@code {"status":"success"}} */
    ObjectNode success() {
        return json.createObjectNode().put("status", "success");
    }

    /** {@code {"status":"error","payload":{"message":...}}}, as the platform documents it. */
    ObjectNode error(String message) {
        ObjectNode body = json.createObjectNode().put("status", "error");
        body.putObject("payload").put("message", message);
        return body;
    }

    void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, body, Map.of());
    }

    void send(HttpExchange exchange, int status, JsonNode body, Map<String, String> headers) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
