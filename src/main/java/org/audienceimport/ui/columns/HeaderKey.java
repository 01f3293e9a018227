package org.audienceimport.ui.columns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Names a set of headers, so that next month's file with the same columns (in any order) finds the
 * columns chosen for this one.
 */
final class HeaderKey {

    private HeaderKey() {
    }

    static String of(Collection<String> headers) {
        String joined = String.join("\n", headers.stream().sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
