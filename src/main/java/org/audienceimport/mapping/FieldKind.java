package org.audienceimport.mapping;

/** How a field's values are normalised and which JSON type they are sent as. */
public enum FieldKind {
    /** A string, lower-cased and checked as an address. */
    EMAIL,
    /** Digits only, full international form. */
    PHONE,
    /** The text as the user sees it. */
    STRING,
    /** {@code m} or {@code f}. */
    GENDER,
    /** A JSON integer. */
    INTEGER,
    /** A JSON number, integer or decimal. */
    NUMBER,
    /** A JSON boolean. */
    BOOLEAN,
    /** A {@code YYYY-MM-DD} string. */
    DATE
}
