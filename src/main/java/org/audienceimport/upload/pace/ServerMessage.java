package org.audienceimport.upload.pace;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The human part of an error answer: {@code payload.message}, {@code message} or {@code error}, else the text. */
final class ServerMessage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST = 300;

    private ServerMessage() {
    }

    static String of(int status, String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode root = JSON.readTree(text);
            if (root != null) {
                for (String path : new String[] {"/payload/message", "/message", "/error/message", "/error", "/errors"}) {
                    JsonNode node = root.at(path);
                    if (node.isTextual() && !node.asText().isBlank()) {
                        return shorten(node.asText().strip());
                    }
                    if (node.isContainerNode() && !node.isEmpty()) {
                        return shorten(node.toString());
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON: the text itself is the message.
        }
        return text.isEmpty() ? "HTTP " + status : shorten(text);
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "\u2026";
    }
}
