package org.audienceimport.upload.prepare;

import java.util.List;

import org.audienceimport.text.Text;

/**
 * A prepared upload that cannot be written or used, with every problem found, each in words a
 * marketer understands and saying what to do next.
 */
public class PreparedUploadException extends Exception {

    private final List<Text> problems;

    public PreparedUploadException(Text problem) {
        this(List.of(problem), null);
    }

    public PreparedUploadException(Text problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public PreparedUploadException(List<Text> problems) {
        this(problems, null);
    }

    private PreparedUploadException(List<Text> problems, Throwable cause) {
        super(String.join(" ", problems.stream().map(Text::english).toList()), cause);
        this.problems = List.copyOf(problems);
    }

    /** The problems in English, as the command line shows them. */
    public List<String> problems() {
        return problems.stream().map(Text::english).toList();
    }

    /** All the problems, one after another, in any language. */
    public Text text() {
        return Text.sentences(problems);
    }
}
