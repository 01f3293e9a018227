package org.audienceimport.convert.normalise;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.audienceimport.source.Cell;

/**
 * {@code true}/{@code false} from Excel's TRUE/FALSE cells, 1/0 and the words people type. "+" and "-"
 * count as yes and no because Russian-speaking teams often tick columns that way; ИСТИНА/ЛОЖЬ is how
 * a Russian Excel exports TRUE/FALSE to CSV; t/f is how PostgreSQL exports them.
 */
final class BooleanNormaliser implements ValueNormaliser {

    private static final Map<String, Boolean> WORDS = words();

    private static Map<String, Boolean> words() {
        Map<String, Boolean> words = new HashMap<>();
        for (String yes : new String[] {"true", "t", "yes", "y", "1", "+", "\u0434\u0430", "\u0434", "\u0438\u0441\u0442\u0438\u043D\u0430"}) {
            words.put(yes, Boolean.TRUE);
        }
        for (String no : new String[] {"false", "f", "no", "n", "0", "-", "\u043D\u0435\u0442", "\u043D", "\u043B\u043E\u0436\u044C"}) {
            words.put(no, Boolean.FALSE);
        }
        return Map.copyOf(words);
    }

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        if (cell.kind() == Cell.Kind.BOOLEAN) {
            return Normalised.Value.of(cell.bool());
        }
        if (cell.kind() == Cell.Kind.NUMBER) {
            BigDecimal number = cell.number();
            if (number.compareTo(BigDecimal.ONE) == 0) {
                return Normalised.Value.of(Boolean.TRUE);
            }
            if (number.signum() == 0) {
                return Normalised.Value.of(Boolean.FALSE);
            }
        }
        String text = Texts.trim(cell.text());
        Boolean value = WORDS.get(text.toLowerCase(Locale.ROOT));
        if (value != null) {
            return Normalised.Value.of(value);
        }
        if (Texts.isPlaceholder(text)) {
            return Normalised.EMPTY;
        }
        return Normalised.Invalid.of("boolean_unknown", "convert.boolean.unknown", Texts.quote(text));
    }
}
