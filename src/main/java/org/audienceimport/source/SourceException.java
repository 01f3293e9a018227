package org.audienceimport.source;

import org.audienceimport.text.Text;

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
    private final Text text;

    public SourceException(Problem problem, Text text) {
        this(problem, text, null);
    }

    public SourceException(Problem problem, Text text, Throwable cause) {
        super(text.english(), cause);
        this.problem = problem;
        this.text = text;
    }

    /** For a message that is the same in every language, such as what the operating system said. */
    public SourceException(Problem problem, String message, Throwable cause) {
        this(problem, Text.verbatim(message), cause);
    }

    public Problem problem() {
        return problem;
    }

    /** The message in any language; {@link #getMessage()} is its English. */
    public Text text() {
        return text;
    }
}
