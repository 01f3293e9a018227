package org.audienceimport.cli;

/** The command line's exit codes, as documented in the README and in --help. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** Something unexpected went wrong inside the app (a bug); the log has details. */
    public static final int UNEXPECTED = 1;
    /** The input cannot be used: a wrong option, or a file that cannot be read. */
    public static final int BAD_INPUT = 2;
    /** Checking found rows that cannot be imported (they are excluded; the rest is fine). */
    public static final int SOME_EXCLUDED = 3;
    /**
     * upload: stopped before everything was on the server (credentials refused, a batch rejected, the
     * server kept failing, cancelled); what was accepted stays accepted and a rerun sends the rest.
     */
    public static final int STOPPED = 4;

    private ExitCodes() {
    }
}
