package org.audienceimport.ui.check;

import org.audienceimport.convert.Severity;

/** Which issues the table shows. */
public enum SeverityFilter {
    ALL, ERRORS, WARNINGS;

    boolean accepts(Severity severity) {
        return switch (this) {
            case ALL -> true;
            case ERRORS -> severity == Severity.ERROR;
            case WARNINGS -> severity == Severity.WARNING;
        };
    }
}
