package org.audienceimport.upload;

/** The file, the mapping or the prepared folder cannot be used; the message says why and what to do. */
public class UploadSourceException extends Exception {

    public UploadSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
