package org.audienceimport.sandbox;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Appends every accepted audience object to a file, one JSON per line, as received and wrapped with its
 * request: {@code {"request":7,"segment_id":146,"object":{...}}} ({@code segment_id} null when absent). The
 * file is appended to, never truncated (not even by a reset), so a demo's history survives restarts.
 */
final class JsonlStore implements Closeable {

    private final ObjectMapper json;
    private final BufferedWriter writer;

    private JsonlStore(ObjectMapper json, BufferedWriter writer) {
        this.json = json;
        this.writer = writer;
    }

    static JsonlStore open(Path file, ObjectMapper json) throws IOException {
        return new JsonlStore(json, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** Writes one line per object and flushes, so the file is complete as soon as the request is answered. */
    synchronized void append(long request, OptionalLong segment, JsonNode audience) throws IOException {
        for (JsonNode object : audience) {
            ObjectNode line = json.createObjectNode();
            line.put("request", request);
            if (segment.isPresent()) {
                line.put("segment_id", segment.getAsLong());
            } else {
                line.putNull("segment_id");
            }
            line.set("object", object);
            writer.write(json.writeValueAsString(line));
            writer.newLine();
        }
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
