package org.audienceimport.ui.columns;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;
import org.audienceimport.text.Text;

/**
 * One column of the sheet in step 3: what it holds, where its values go (null: not imported), and how
 * sure the suggestion was.
 *
 * @param confidence 0 to 1; 0 where nothing was suggested
 * @param reason     why it was suggested, shown in the language of the moment
 */
public record ColumnRow(Column column, List<String> samples, ObjectProperty<Target> target, double confidence,
                        Text reason) {

    public ColumnRow(Column column, List<String> samples, Target suggested, double confidence, Text reason) {
        this(column, List.copyOf(samples), new SimpleObjectProperty<>(suggested), confidence, reason);
    }

    /** A column without header text cannot be named in a mapping, so it cannot be imported. */
    public boolean mappable() {
        return !column.header().isEmpty();
    }
}
