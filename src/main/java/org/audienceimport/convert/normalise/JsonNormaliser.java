package org.audienceimport.convert.normalise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.audienceimport.source.Cell;

/**
 * JSON custom properties: the cell parsed as one JSON object or array, sent as a tree. Text that is not
 * JSON is refused with the parser's reason and where it stopped; a lone number or string is refused too,
 * since the platform's json type is an object.
 */
final class JsonNormaliser implements ValueNormaliser {

    /** Thread-safe once built. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = Texts.trim(cell.text());
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new Normalised.Invalid("json_invalid", Texts.quote(text) + " is not valid JSON: " + reason(e)
                    + hint(text) + ". Fix the cell, or map the column as a string property.");
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return Normalised.EMPTY;
        }
        if (!tree.isContainerNode()) {
            return new Normalised.Invalid("json_not_object", Texts.quote(text)
                    + " is not a JSON object. Write it like {\"key\": \"value\"}, or map the column as a string property.");
        }
        return Normalised.Value.of(tree);
    }

    private static String reason(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        String firstLine = original == null ? "unexpected text" : original.lines().findFirst().orElse("unexpected text");
        if (firstLine.length() > 120) {
            firstLine = firstLine.substring(0, 119) + "\u2026";
        }
        long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        return firstLine + (at >= 0 ? " (at character " + (at + 1) + ")" : "");
    }

    /** Word and Excel turn straight quotes into curly ones as people type, which breaks JSON. */
    private static String hint(String text) {
        return text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                ? "; it uses curly quotes \u201C\u201D where JSON needs straight ones \"" : "";
    }
}
