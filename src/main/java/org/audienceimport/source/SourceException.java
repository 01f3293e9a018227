package org.audienceimport.source;

/**
 * A file that cannot be read, with a message for the person who chose it: what is wrong, and what to
 * do next. Never carries a stack trace to the user and never holds a password.
 */
public class SourceException extends Exception {

    /** Why the file cannot be read; stable codes for the command line and the UI. */
    public enum Problem {
        NOT_FOUND,
        NOT_READABLE,
        EMPTY,
        UNSUPPORTED_FORMAT,
        PASSWORD_REQUIRED,
        PASSWORD_WRONG,
        DAMAGED,
        TOO_LARGE,
        NO_SUCH_SHEET,
        NO_DATA
    }

    private final Problem problem;

    public SourceException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public SourceException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
