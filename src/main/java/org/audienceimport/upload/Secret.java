package org.audienceimport.upload;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secret (the shop's secret key, a proxy password), kept out of every log, message and file:
 * {@link #toString} is {@code ***}, and {@link #wipe} overwrites it in memory when the upload ends. The clear text exists only while a
 * request body is built ({@link #reveal}), since the request must carry it.
 */
public final class Secret implements AutoCloseable {

    public static final String MASK = "***";

    private final char[] characters;
    private boolean wiped;

    private Secret(char[] characters) {
        this.characters = characters;
    }

    /** Takes a copy; the caller should wipe its own array. */
    public static Secret of(char[] characters) {
        Objects.requireNonNull(characters, "characters");
        return new Secret(characters.clone());
    }

    public static Secret of(String text) {
        Objects.requireNonNull(text, "text");
        return new Secret(text.toCharArray());
    }

    public synchronized boolean isBlank() {
        checkNotWiped();
        for (char c : characters) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The clear text, to put into a request body and nowhere else. */
    public synchronized String reveal() {
        checkNotWiped();
        return new String(characters);
    }

    /** A copy of the characters, for APIs that take a char array (the caller wipes it). */
    public synchronized char[] revealChars() {
        checkNotWiped();
        return characters.clone();
    }

    /**
     * {@code text} with every occurrence of the secret masked: for messages that come from elsewhere
     * (a server's answer, an exception) before they are shown or logged.
     */
    public synchronized String redact(String text) {
        if (text == null || wiped || characters.length < 4) {
            return text;
        }
        return text.replace(new String(characters), MASK);
    }

    /** Overwrites the secret in memory; it cannot be used afterwards. */
    public synchronized void wipe() {
        Arrays.fill(characters, '\0');
        wiped = true;
    }

    @Override
    public void close() {
        wipe();
    }

    private void checkNotWiped() {
        if (wiped) {
            throw new IllegalStateException("the secret was wiped");
        }
    }

    @Override
    public String toString() {
        return MASK;
    }
}
