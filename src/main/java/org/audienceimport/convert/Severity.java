package org.audienceimport.convert;

/** How bad a problem is: an error keeps a value (or a whole row) from being sent; a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
