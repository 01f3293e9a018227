package org.audienceimport.ui.file;

/** Where step 1 stands with the chosen file. */
public enum FileStatus {
    /** Nothing chosen yet. */
    NO_FILE,
    READING,
    READY,
    /** The workbook is encrypted: the user must type its password. */
    NEEDS_PASSWORD,
    /** The file cannot be read; the message says why and what to do. */
    FAILED
}
