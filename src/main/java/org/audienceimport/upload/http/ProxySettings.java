package org.audienceimport.upload.http;

import java.util.Objects;
import java.util.Optional;

import org.audienceimport.upload.Secret;

/** How requests reach the internet: through the system's proxy settings, directly, or through a given proxy. */
public sealed interface ProxySettings {

    /** The proxy the system is set up with ({@link java.net.ProxySelector#getDefault()}): the default. */
    record SystemProxy() implements ProxySettings {
    }

    /** No proxy at all. */
    record Direct() implements ProxySettings {
    }

    /**
     * A proxy the user names, with a user name and password when it asks for them.
     *
     * <p>Note: for {@code https} addresses the JDK refuses Basic authentication towards a proxy unless the
     * app is started with {@code -Djdk.http.auth.tunneling.disabledSchemes=} (empty); the launcher sets it.
     */
    record Explicit(String host, int port, Optional<String> user, Optional<Secret> password) implements ProxySettings {
        public Explicit {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("The proxy's host name is empty.");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The proxy's port must be between 1 and 65535, not " + port + ".");
            }
            user = user == null ? Optional.empty() : user;
            password = password == null ? Optional.empty() : password;
        }

        @Override
        public String toString() {
            return "Explicit[host=" + host + ", port=" + port + ", user=" + user.orElse("") + ", password="
                    + (password.isPresent() ? Secret.MASK : "") + "]";
        }
    }

    static ProxySettings system() {
        return new SystemProxy();
    }
}
