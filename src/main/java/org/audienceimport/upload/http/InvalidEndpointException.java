package org.audienceimport.upload.http;

import org.audienceimport.text.Text;

/** An API address that cannot be used, with what to write instead; its message is the English text. */
public class InvalidEndpointException extends IllegalArgumentException {

    private final Text text;

    public InvalidEndpointException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The message in any language. */
    public Text text() {
        return text;
    }
}
