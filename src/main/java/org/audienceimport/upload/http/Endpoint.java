package org.audienceimport.upload.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.audienceimport.text.Text;

/**
 * The API's base address, checked: {@code https}, or plain {@code http} only to this computer (the
 * sandbox), since plain http would send the shop's secret in clear text across the network.
 */
public final class Endpoint {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private final URI base;

    private Endpoint(URI base) {
        this.base = base;
    }

    /**
     * Reads and checks a base address such as {@code https://api.personaclick.com}.
     *
     * @throws IllegalArgumentException with a message for the user when it cannot be used
     */
    public static Endpoint parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidEndpointException(Text.of("upload.endpoint.notAnAddress", "\u201C" + text + "\u201D"));
        }
        return of(uri);
    }

    public static Endpoint of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidEndpointException(Text.of("upload.endpoint.cannotSendTo", "\u201C" + uri + "\u201D"));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidEndpointException(Text.of("upload.endpoint.extraParts"));
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new InvalidEndpointException(Text.of("upload.endpoint.plainHttp", host));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new Endpoint(URI.create(scheme + "://" + host.toLowerCase(Locale.ROOT) + port + path));
    }

    /** Hosts that never leave this computer; names other than {@code localhost} are not resolved. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || IPV4_LOOPBACK.matcher(h).matches();
    }

    /** The base address, normalised (lower-case scheme and host, no trailing slash). */
    public URI base() {
        return base;
    }

    /** Where audiences are posted: the base plus {@code /import/audience}. */
    public URI importUri() {
        return URI.create(base + ApiSettings.IMPORT_PATH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Endpoint that && base.equals(that.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
