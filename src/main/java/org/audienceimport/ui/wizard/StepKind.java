package org.audienceimport.ui.wizard;

/** The wizard's steps in order; each names its title key in the message bundle. */
public enum StepKind {
    FILE, SHEET, COLUMNS, SEGMENT, CHECK, UPLOAD, DONE;

    /** The bundle key of the step's short title, e.g. {@code step.file}. */
    public String titleKey() {
        return "step." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The number the user sees, from 1. */
    public int number() {
        return ordinal() + 1;
    }
}
