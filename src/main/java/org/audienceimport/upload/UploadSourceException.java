package org.audienceimport.upload;

import org.audienceimport.text.Text;

/** The file, the mapping or the prepared folder cannot be used; the message says why and what to do. */
public class UploadSourceException extends Exception {

    private final Text text;

    public UploadSourceException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** The message in any language; {@link #getMessage()} is its English. */
    public Text text() {
        return text;
    }
}
