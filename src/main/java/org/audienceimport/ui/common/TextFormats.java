package org.audienceimport.ui.common;

import java.nio.charset.Charset;

/** How the UI names formats, delimiters and encodings, in the user's language. */
public final class TextFormats {

    private final Messages messages;

    public TextFormats(Messages messages) {
        this.messages = messages;
    }

    public String delimiter(char delimiter) {
        return switch (delimiter) {
            case ',' -> messages.get("delimiter.comma");
            case ';' -> messages.get("delimiter.semicolon");
            case '\t' -> messages.get("delimiter.tab");
            case '|' -> messages.get("delimiter.pipe");
            case ' ' -> messages.get("delimiter.space");
            default -> "\u201C" + delimiter + "\u201D";
        };
    }

    public String encoding(Charset charset) {
        return charset.displayName(messages.locale());
    }
}
