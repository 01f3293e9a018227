package org.audienceimport.upload;

import java.util.Objects;

/**
 * Who the upload is for: the shop id (not a secret, it names the shop) and its secret key.
 * {@link #toString} never shows the secret.
 */
public record ShopCredentials(String shopId, Secret secret) {

    public ShopCredentials {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(secret, "secret");
        shopId = shopId.strip();
        if (shopId.isEmpty()) {
            throw new IllegalArgumentException("The shop ID is empty. Copy it from Account > Settings > Store Settings.");
        }
    }

    @Override
    public String toString() {
        return "ShopCredentials[shopId=" + shopId + ", secret=" + Secret.MASK + "]";
    }
}
