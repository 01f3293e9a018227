package org.audienceimport.mapping;

import java.util.List;

import org.audienceimport.text.Text;

/** A mapping that cannot be used, with every problem found, each in words a marketer understands. */
public class MappingException extends Exception {

    private final Text source;
    private final List<Text> problems;

    /**
     * @param source   which mapping, e.g. "The mapping “m.json”"
     * @param problems each problem, a sentence or two
     */
    public MappingException(Text source, List<Text> problems) {
        super(text(source, problems).english());
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static Text text(Text source, List<Text> problems) {
        return Text.of("mapping.failed", source, Text.sentences(problems));
    }

    /** The problems in English, as the command line shows them. */
    public List<String> problems() {
        return problems.stream().map(Text::english).toList();
    }

    /** The whole message in any language; {@link #getMessage()} is its English. */
    public Text text() {
        return text(source, problems);
    }
}
