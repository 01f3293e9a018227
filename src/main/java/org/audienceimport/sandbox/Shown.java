package org.audienceimport.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** A value as an error message quotes it: its JSON text, cut short when long. */
final class Shown {

    private static final int MAX = 60;

    private Shown() {
    }

    static String value(JsonNode value) {
        String json = value.toString();
        return json.length() <= MAX ? json : json.substring(0, MAX) + "\u2026";
    }
}
