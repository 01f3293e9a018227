package org.audienceimport.ui.upload;

import java.util.Optional;

/**
 * The operating system's store for secrets. When there is none, the app never writes the shop secret
 * anywhere: it is typed again next time.
 */
public interface SecretStore {

    boolean available();

    /** Keeps the secret of this shop; false when it could not be kept. */
    boolean save(String shopId, String secret);

    Optional<String> find(String shopId);

    /** A computer without a secure store. */
    static SecretStore none() {
        return new SecretStore() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public boolean save(String shopId, String secret) {
                return false;
            }

            @Override
            public Optional<String> find(String shopId) {
                return Optional.empty();
            }
        };
    }
}
