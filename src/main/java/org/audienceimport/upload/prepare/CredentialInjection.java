package org.audienceimport.upload.prepare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Puts the credentials before a prepared batch ({@code {"audience":[…]}}) to make a request body:
 * {@code {"shop_id":"…","shop_secret":"…",} followed by the batch after its opening brace. The audience
 * goes as its bytes, never parsed or serialised again.
 */
public final class CredentialInjection {

    /** The bytes {@code "shop_id":"","shop_secret":"",} take with empty credentials. */
    public static final int FIXED_BYTES = "\"shop_id\":\"\",\"shop_secret\":\"\",".length();

    private static final JsonFactory JSON = new JsonFactory();

    private CredentialInjection() {
    }

    /** {@code {"shop_id":"…","shop_secret":"…",}: the credentials escaped by Jackson, in UTF-8. */
    public static byte[] prefix(String shopId, String shopSecret) {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(shopSecret, "shopSecret");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + shopId.length() + shopSecret.length());
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("shop_id", shopId);
            generator.writeStringField("shop_secret", shopSecret);
            generator.flush();
            // Taken before close(), which would end the object: the batch's own fields follow.
            out.write(',');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many bytes the credentials add to a batch: exactly {@code body.length - batch.length}. */
    public static int addedBytes(String shopId, String shopSecret) {
        // The prefix brings its own "{" and the batch loses its "{": one byte less than the prefix.
        return prefix(shopId, shopSecret).length - 1;
    }

    /**
     * Where the part of a batch that follows the prefix begins: just after its opening brace. A request's body is the
     * prefix, then the batch from here.
     */
    public static int afterOpeningBrace(byte[] batch) {
        if (batch.length < 2 || batch[0] != '{') {
            throw new IllegalArgumentException("a batch is a JSON object starting with '{'");
        }
        return 1;
    }
}
