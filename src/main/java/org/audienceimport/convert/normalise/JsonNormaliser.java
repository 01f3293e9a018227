package org.audienceimport.convert.normalise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.audienceimport.source.Cell;
import org.audienceimport.text.Text;

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
            return Normalised.Invalid.of("json_invalid", curlyQuotes(text) ? "convert.json.invalidCurly" : "convert.json.invalid",
                    Texts.quote(text), reason(e));
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return Normalised.EMPTY;
        }
        if (!tree.isContainerNode()) {
            return Normalised.Invalid.of("json_not_object", "convert.json.notObject", Texts.quote(text));
        }
        return Normalised.Value.of(tree);
    }

    /** What the JSON parser said (in English: it is the parser's own text) and where. */
    private static Text reason(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        String firstLine = original == null ? "unexpected text" : original.lines().findFirst().orElse("unexpected text");
        if (firstLine.length() > 120) {
            firstLine = firstLine.substring(0, 119) + "\u2026";
        }
        long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        return at >= 0 ? Text.of("convert.json.reasonAt", firstLine, at + 1) : Text.verbatim(firstLine);
    }

    /** Word and Excel turn straight quotes into curly ones as people type, which breaks JSON. */
    private static boolean curlyQuotes(String text) {
        return text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
    }
}
