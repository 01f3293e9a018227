package org.audienceimport.mapping;

import java.util.List;

/** A mapping that cannot be used, with every problem found, each in words a marketer understands. */
public class MappingException extends Exception {

    private final List<String> problems;

    public MappingException(String source, List<String> problems) {
        super(source + ": " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
