package org.audienceimport.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * {@code POST /import/audience}, in the order a strict server would work: read the body (413 over the
 * limit), parse it (400), check the shop's credentials (400 "Shop not found"), the rate limit (429), the
 * injected failures (500/503, nothing stored), the shape of every object (400 naming the first bad item
 * and field: the whole request is refused, nothing stored), then store and answer 200, or store and drop
 * the connection unanswered.
 */
final class ImportHandler implements HttpHandler {

    static final String PATH = "/import/audience";
    private static final Logger LOG = LoggerFactory.getLogger(ImportHandler.class);

    private final SandboxSettings settings;
    private final ObjectMapper json;
    private final Answers answers;
    private final Credentials credentials;
    private final RateWindows rateWindows;
    private final FaultPlan faults;
    private final ProfileStore store;
    private final JsonlStore storeFile;
    private final StatsRecorder stats;
    private final LongSupplier clock;
    private final BodyReader bodyReader;
    private final AtomicLong sequence = new AtomicLong();

    /** @param storeFile null when accepted objects are kept in memory only */
    ImportHandler(SandboxSettings settings, ObjectMapper json, RateWindows rateWindows, FaultPlan faults,
                  ProfileStore store, JsonlStore storeFile, StatsRecorder stats, LongSupplier clock) {
        this.settings = settings;
        this.json = json;
        this.answers = new Answers(json);
        this.credentials = new Credentials(settings.shopId(), settings.shopSecret());
        this.rateWindows = rateWindows;
        this.faults = faults;
        this.store = store;
        this.storeFile = storeFile;
        this.stats = stats;
        this.clock = clock;
        this.bodyReader = new BodyReader(settings.maxRequestBytes(), settings.bytesPerSecond());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long arrival = stats.arrived();
        long request = sequence.incrementAndGet();
        BodySize size = new BodySize();
        Outcome outcome;
        try {
            outcome = process(exchange, arrival, request, size);
        } catch (Rejection rejection) {
            outcome = new Outcome(rejection.status(), answers.error(rejection.getMessage()), rejection.headers(), 0, false);
        } catch (IOException e) {
            LOG.debug("Request {}: the client went away while sending ({})", request, e.toString());
            exchange.close();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Request {} failed inside the sandbox", request, e);
            outcome = new Outcome(500, answers.error("Internal error in the sandbox"), Map.of(), 0, false);
        }
        addLatency();
        if (outcome.drop()) {
            stats.dropped();
            LOG.debug("Request {}: stored {} objects ({} bytes), dropped the connection on purpose", request,
                    outcome.objects(), size.bytes);
            exchange.close();
            return;
        }
        stats.answered(outcome.status());
        LOG.debug("Request {}: {} ({} objects, {} bytes)", request, outcome.status(), outcome.objects(), size.bytes);
        answers.send(exchange, outcome.status(), outcome.body(), outcome.headers());
    }

    private record Outcome(int status, JsonNode body, Map<String, String> headers, int objects, boolean drop) {
    }

    /** The body's size, for the request's log line whatever its outcome. */
    private static final class BodySize {
        long bytes;
    }

    private Outcome process(HttpExchange exchange, long arrival, long request, BodySize size) throws Rejection, IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new Rejection(405, "Use POST", Map.of("Allow", "POST"));
        }
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            throw new Rejection(404, "Not found");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Rejection(415, "Send the body as JSON with Content-Type: application/json");
        }
        JsonNode body = parse(readBody(exchange, request, size));
        String shop = credentials.check(body);
        RateWindows.Admission admission = rateWindows.admit(shop, arrival, clock.getAsLong());
        if (!admission.admitted()) {
            long seconds = admission.retryAfterSeconds();
            throw new Rejection(429, "Too many requests: at most " + rateWindows.limit().requests() + " in "
                    + describe(rateWindows.limit().window()) + " per shop. Retry after " + seconds + " s.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        OptionalInt failure = faults.failure();
        if (failure.isPresent()) {
            throw new Rejection(failure.getAsInt(), "Server error (injected by the sandbox)");
        }
        OptionalLong segment = segment(body.get("segment_id"));
        JsonNode audience = body.path("audience");
        if (audience.isArray()) {
            stats.objectsReceived(audience.size());
        }
        AudienceShape.check(audience);
        appendToStoreFile(request, segment, audience);
        store.upsertAll(audience, segment);
        stats.accepted(audience.size());
        return new Outcome(200, answers.success(), Map.of(), audience.size(), faults.drop());
    }

    private void appendToStoreFile(long request, OptionalLong segment, JsonNode audience) throws Rejection {
        if (storeFile == null) {
            return;
        }
        try {
            storeFile.append(request, segment, audience);
        } catch (IOException e) {
            LOG.warn("The sandbox cannot append request {} to its store file", request, e);
            throw new Rejection(500, "Internal error in the sandbox: its store file cannot be written");
        }
    }

    private byte[] readBody(HttpExchange exchange, long request, BodySize size) throws IOException, Rejection {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new Rejection(400, "The Content-Length header is not a number");
            }
        }
        BodyReader.Body body = bodyReader.read(exchange.getRequestBody(), declared);
        stats.bodyRead(body.bytesRead());
        size.bytes = body.bytesRead();
        if (body.tooLarge()) {
            LOG.debug("Request {}: body over {} bytes ({} read, complete: {})", request, settings.maxRequestBytes(),
                    body.bytesRead(), body.complete());
            throw new Rejection(413, "Request body too large: the limit is " + settings.maxRequestBytes() + " bytes",
                    body.complete() ? Map.of() : Map.of("Connection", "close"));
        }
        return body.bytes();
    }

    private JsonNode parse(byte[] body) throws Rejection {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new Rejection(400, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Rejection(400, "The request body cannot be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Rejection(400, "The request body must be a JSON object with shop_id, shop_secret and audience");
        }
        return root;
    }

    private static OptionalLong segment(JsonNode segment) throws Rejection {
        if (segment == null || segment.isNull()) {
            return OptionalLong.empty();
        }
        if (!segment.isIntegralNumber() || !segment.canConvertToLong()) {
            throw new Rejection(400, "segment_id: expected a whole number, got " + Shown.value(segment));
        }
        return OptionalLong.of(segment.asLong());
    }

    private void addLatency() {
        Duration latency = settings.latency();
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Duration window) {
        long millis = window.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
