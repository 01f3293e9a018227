package org.audienceimport.convert;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One source row after conversion.
 *
 * @param object   the audience object, or null when the row is excluded
 * @param identity what identifies the contact ("e:" + email, else "p:" + phone); null when excluded
 */
public record ConvertedRow(int row, ObjectNode object, String identity, List<Issue> issues) {

    public boolean excluded() {
        return object == null;
    }
}
