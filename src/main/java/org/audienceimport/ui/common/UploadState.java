package org.audienceimport.ui.common;

/** Where the upload stands, as the wizard shows it. */
public enum UploadState {
    NOT_STARTED, RUNNING, PAUSED, FINISHED, FAILED
}
