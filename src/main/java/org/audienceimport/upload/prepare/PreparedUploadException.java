package org.audienceimport.upload.prepare;

import java.util.List;

/**
 * A prepared upload that cannot be written or used, with every problem found, each in words a
 * marketer understands and saying what to do next.
 */
public class PreparedUploadException extends Exception {

    private final List<String> problems;

    public PreparedUploadException(String problem) {
        this(List.of(problem), null);
    }

    public PreparedUploadException(String problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public PreparedUploadException(List<String> problems) {
        this(problems, null);
    }

    private PreparedUploadException(List<String> problems, Throwable cause) {
        super(String.join(" ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
