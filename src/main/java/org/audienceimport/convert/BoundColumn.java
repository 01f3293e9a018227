package org.audienceimport.convert;

import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;

/** A column of the file together with where the mapping sends its values. */
public record BoundColumn(Column column, Target target) {
}
