package org.audienceimport.convert.report;

import org.audienceimport.text.Text;

/** A report asked for under a name that says neither .csv nor .xlsx; its message is the English text. */
public class ReportNameException extends IllegalArgumentException {

    private final Text text;

    public ReportNameException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The message in any language. */
    public Text text() {
        return text;
    }
}
