package org.audienceimport.upload.journal;

/** The same upload is already running (another window, another terminal): it holds the journal. */
public class JournalBusyException extends Exception {

    public JournalBusyException() {
        super("This upload is already running in another window or terminal. Let it finish, or stop it first.");
    }
}
