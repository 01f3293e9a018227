package org.audienceimport.ui.common;

/**
 * A static segment used before, as the settings remember it.
 *
 * @param label what the user called it, so "1234" can be recognised later; may be empty
 */
public record RecentSegment(long id, String label) {

    public RecentSegment {
        label = label == null ? "" : label.strip();
    }
}
