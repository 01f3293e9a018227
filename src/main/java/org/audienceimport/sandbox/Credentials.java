package org.audienceimport.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.JsonNode;

/** The one shop the sandbox knows. The secret is compared in constant time and never shown. */
final class Credentials {

    static final String SHOP_NOT_FOUND = "Shop not found";

    private final String shopId;
    private final byte[] secret;

    Credentials(String shopId, String secret) {
        this.shopId = shopId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The shop the request names, when its id and secret are right; otherwise the platform's 400. */
    String check(JsonNode request) throws Rejection {
        JsonNode id = request.get("shop_id");
        JsonNode sentSecret = request.get("shop_secret");
        boolean idMatches = id != null && id.isTextual() && id.asText().equals(shopId);
        boolean secretMatches = sentSecret != null && sentSecret.isTextual()
                && MessageDigest.isEqual(sentSecret.asText().getBytes(StandardCharsets.UTF_8), secret);
        if (!idMatches || !secretMatches) {
            throw new Rejection(400, SHOP_NOT_FOUND);
        }
        return shopId;
    }
}
