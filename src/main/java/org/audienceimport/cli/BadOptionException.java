package org.audienceimport.cli;

/** An option value the user typed that cannot be used; its message says which and what to type instead. */
final class BadOptionException extends Exception {

    BadOptionException(String message) {
        super(message);
    }
}
