package org.audienceimport.convert.normalise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.audienceimport.source.Cell;

/** {@code m} or {@code f} from the ways English and Russian spreadsheets write a gender. */
final class GenderNormaliser implements ValueNormaliser {

    private static final Map<String, String> WORDS = words();

    private static Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        for (String male : new String[] {"m", "male", "man", "boy", "м", "муж", "мужской", "мужчина", "мальчик"}) {
            words.put(male, "m");
        }
        for (String female : new String[] {"f", "female", "woman", "girl", "ж", "жен", "женский", "женщина", "девочка"}) {
            words.put(female, "f");
        }
        return Map.copyOf(words);
    }

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = Texts.trim(cell.text());
        String key = text.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        String gender = WORDS.get(key);
        if (gender != null) {
            return Normalised.Value.of(gender);
        }
        return Normalised.Invalid.of("gender_unknown", "convert.gender.unknown", Texts.quote(text));
    }
}
