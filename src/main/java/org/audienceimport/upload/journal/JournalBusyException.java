package org.audienceimport.upload.journal;

import org.audienceimport.text.Text;

/** The same upload is already running (another window, another terminal): it holds the journal. */
public class JournalBusyException extends Exception {

    private static final Text TEXT = Text.of("upload.journalBusy");

    public JournalBusyException() {
        super(TEXT.english());
    }

    /** The message in any language. */
    public Text text() {
        return TEXT;
    }
}
