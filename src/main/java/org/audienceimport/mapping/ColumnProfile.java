package org.audienceimport.mapping;

import java.util.List;

/**
 * What auto-mapping knows of a column: its header and some of its values.
 *
 * @param samples non-empty values from the top of the column (a few dozen are plenty)
 */
public record ColumnProfile(String header, List<String> samples) {
}
