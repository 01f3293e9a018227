package org.audienceimport.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Cuts a batch body ({@code {…,"audience":[o1,o2,…],…}}) into two bodies holding the first and the second
 * half of its contacts, in order. The contacts are copied as bytes, never parsed into values and written
 * again, so every number and string goes out exactly as it was packed.
 */
final class BodySplitter {

    private static final JsonFactory JSON = new JsonFactory();

    private BodySplitter() {
    }

    /** The two halves; the first gets the extra contact of an odd count. */
    static List<byte[]> halves(byte[] body) throws IOException {
        Elements elements = elements(body);
        int count = elements.starts.size();
        if (count < 2) {
            throw new IllegalArgumentException("a batch of " + count + " contact(s) cannot be split");
        }
        int middle = (count + 1) / 2;
        return List.of(slice(body, elements, 0, middle), slice(body, elements, middle, count));
    }

    /** How many contacts a body holds. */
    static int count(byte[] body) throws IOException {
        return elements(body).starts.size();
    }

    private static byte[] slice(byte[] body, Elements elements, int from, int to) {
        int start = elements.starts.get(from);
        int end = elements.ends.get(to - 1);
        int prefix = elements.arrayOpen + 1;
        int suffix = body.length - elements.arrayClose;
        byte[] out = new byte[prefix + (end - start) + suffix];
        System.arraycopy(body, 0, out, 0, prefix);
        System.arraycopy(body, start, out, prefix, end - start);
        System.arraycopy(body, elements.arrayClose, out, prefix + (end - start), suffix);
        return out;
    }

    private static final class Elements {
        int arrayOpen = -1;
        int arrayClose = -1;
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
    }

    private static Elements elements(byte[] body) throws IOException {
        Elements found = new Elements();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a batch is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals("audience")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new IOException("\"audience\" is not an array");
                }
                found.arrayOpen = offset(parser);
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    found.starts.add(offset(parser));
                    if (element.isStructStart()) {
                        parser.skipChildren();
                        found.ends.add(offset(parser) + 1);
                    } else {
                        found.ends.add(Math.toIntExact(parser.currentLocation().getByteOffset()));
                    }
                }
                found.arrayClose = offset(parser);
            }
        }
        if (found.arrayOpen < 0) {
            throw new IOException("the batch has no \"audience\"");
        }
        return found;
    }

    private static int offset(JsonParser parser) {
        return Math.toIntExact(parser.currentTokenLocation().getByteOffset());
    }
}
