package org.audienceimport.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The profiles the sandbox holds, upserted as the platform documents it: an object is matched to a profile
 * by email first (case-insensitively), then by phone; a match is updated field by field (the later value
 * wins, arrays are replaced whole), no match makes a new profile. When an object's email matches one profile
 * and its phone another, the email wins and the phone now finds the email's profile. A whole request is
 * upserted under one lock, so concurrent requests never interleave within a batch.
 */
final class ProfileStore {

    private static final class Stored {
        final long id;
        final ObjectNode fields = JsonNodeFactory.instance.objectNode();
        final TreeSet<Long> segments = new TreeSet<>();
        int updates;

        Stored(long id) {
            this.id = id;
        }

        Profile copy() {
            return new Profile(id, fields.deepCopy(), Collections.unmodifiableSortedSet(new TreeSet<>(segments)), updates);
        }
    }

    private final Map<Long, Stored> byId = new LinkedHashMap<>();
    private final Map<String, Stored> byEmail = new HashMap<>();
    private final Map<String, Stored> byPhone = new HashMap<>();
    private long nextId = 1;

    /** Upserts every object of a checked audience array, adding each profile to the segment if one is given. */
    synchronized void upsertAll(JsonNode audience, OptionalLong segment) {
        for (JsonNode object : audience) {
            upsert((ObjectNode) object, segment);
        }
    }

    private void upsert(ObjectNode object, OptionalLong segment) {
        String email = emailKey(object.get("email"));
        String phone = phoneKey(object.get("phone"));
        Stored profile = find(email, phone);
        String oldEmail = emailKey(profile.fields.get("email"));
        String oldPhone = phoneKey(profile.fields.get("phone"));
        object.properties().forEach(p -> profile.fields.set(p.getKey(), p.getValue().deepCopy()));
        profile.updates++;
        segment.ifPresent(profile.segments::add);
        reindex(byEmail, oldEmail, email, profile);
        reindex(byPhone, oldPhone, phone, profile);
    }

    private Stored find(String email, String phone) {
        Stored found = email == null ? null : byEmail.get(email);
        if (found == null && phone != null) {
            found = byPhone.get(phone);
        }
        if (found == null) {
            found = new Stored(nextId++);
            byId.put(found.id, found);
        }
        return found;
    }

    private static void reindex(Map<String, Stored> index, String oldKey, String newKey, Stored profile) {
        if (newKey == null) {
            return;
        }
        if (oldKey != null && !oldKey.equals(newKey) && index.get(oldKey) == profile) {
            index.remove(oldKey);
        }
        index.put(newKey, profile);
    }

    private static String emailKey(JsonNode email) {
        return email == null || !email.isTextual() ? null : email.asText().toLowerCase(Locale.ROOT);
    }

    private static String phoneKey(JsonNode phone) {
        return phone == null || !phone.isTextual() ? null : phone.asText();
    }

    synchronized List<Profile> all() {
        List<Profile> copies = new ArrayList<>(byId.size());
        byId.values().forEach(p -> copies.add(p.copy()));
        return copies;
    }

    synchronized Optional<Profile> withEmail(String email) {
        return Optional.ofNullable(byEmail.get(email.toLowerCase(Locale.ROOT))).map(Stored::copy);
    }

    synchronized Optional<Profile> withPhone(String phone) {
        return Optional.ofNullable(byPhone.get(phone)).map(Stored::copy);
    }

    synchronized int size() {
        return byId.size();
    }

    synchronized void clear() {
        byId.clear();
        byEmail.clear();
        byPhone.clear();
        nextId = 1;
    }
}
