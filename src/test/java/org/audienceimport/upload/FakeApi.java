package org.audienceimport.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small stand-in for the import API on 127.0.0.1: records every request and answers as the test
 * scripts it (by default 200 {"status":"success"}).
 */
public final class FakeApi implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String method, String path, Headers headers, byte[] body, long arrivedNanos) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer to give. {@code delayMillis} before answering; {@code dropConnection} to close without one. */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis, boolean dropConnection) {
        public static Reply ok() {
            return new Reply(200, "{\"status\":\"success\"}", Map.of(), 0, false);
        }

        public static Reply of(int status, String body) {
            return new Reply(status, body, Map.of(), 0, false);
        }

        public static Reply drop() {
            return new Reply(0, "", Map.of(), 0, true);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, all, delayMillis, dropConnection);
        }

        public Reply delayed(long millis) {
            return new Reply(status, body, headers, millis, dropConnection);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private volatile Function<Received, Reply> script = request -> Reply.ok();

    public FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers with {@code script}, which sees the request and may count. */
    public FakeApi answer(Function<Received, Reply> next) {
        this.script = next;
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized int count() {
        return received.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), body, System.nanoTime());
            synchronized (this) {
                received.add(request);
            }
            Reply reply = script.apply(request);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (reply.dropConnection()) {
                // Closing before any answer drops the connection: the client sees it lost.
                exchange.close();
                return;
            }
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
