package org.audienceimport.sandbox;

import java.util.Optional;
import java.util.SortedSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contact as the sandbox holds it after every upsert: the merged fields and the static segments it was
 * added to. A copy: changing it changes nothing in the sandbox.
 *
 * @param id       the sandbox's own number for the profile, in order of creation
 * @param updates  how many accepted objects were merged into it (1 = never updated)
 */
public record Profile(long id, ObjectNode fields, SortedSet<Long> segments, int updates) {

    public Optional<String> email() {
        return text("email");
    }

    public Optional<String> phone() {
        return text("phone");
    }

    /** A field's value as text, if present. */
    public Optional<String> text(String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
