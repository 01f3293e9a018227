package org.audienceimport.convert.normalise;

import org.audienceimport.source.Cell;

/**
 * Text fields (names, ids, loyalty card numbers...): the cell's text as the user sees it, with leading
 * and trailing spaces removed silently. Numbers keep their exact digits ({@code 100500}, never
 * {@code 100500.0}) and leading zeros stay, because the reader already gives text cells as written.
 */
final class StringNormaliser implements ValueNormaliser {

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = Texts.trim(cell.text());
        return text.isEmpty() ? Normalised.EMPTY : Normalised.Value.of(text);
    }
}
