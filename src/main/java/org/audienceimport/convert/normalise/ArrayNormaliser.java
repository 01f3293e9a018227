package org.audienceimport.convert.normalise;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.Cell;

/** Array-of-string custom properties: the cell split on the separator, items trimmed, empty items dropped. */
final class ArrayNormaliser implements ValueNormaliser {

    /** What the mapping file uses when a column does not name its separator. */
    static final String DEFAULT_SEPARATOR = ",";

    private final String separator;

    ArrayNormaliser(String separator) {
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("the separator of an array must not be empty");
        }
        this.separator = separator;
    }

    @Override
    public Normalised normalise(Cell cell, NormaliseContext context) {
        String text = cell.text();
        List<String> items = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                end = text.length();
            }
            String item = Texts.trim(text.substring(start, end));
            if (!item.isEmpty()) {
                items.add(item);
            }
            start = end + separator.length();
        }
        return items.isEmpty() ? Normalised.EMPTY : Normalised.Value.of(List.copyOf(items));
    }
}
