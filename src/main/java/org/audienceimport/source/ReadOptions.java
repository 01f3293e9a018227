package org.audienceimport.source;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the user chose to override. Everything left empty is detected from the file.
 *
 * <p>The password is kept as a char array so that the caller can wipe it after use.
 */
public record ReadOptions(Optional<Charset> encoding, Optional<Character> delimiter, Optional<char[]> password) {

    public static final ReadOptions DETECT = new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());

    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(Optional.ofNullable(charset), delimiter, password);
    }

    public ReadOptions withDelimiter(Character value) {
        return new ReadOptions(encoding, Optional.ofNullable(value), password);
    }

    public ReadOptions withPassword(char[] value) {
        return new ReadOptions(encoding, delimiter, Optional.ofNullable(value));
    }

    @Override
    public String toString() {
        // Never print the password, not even its length.
        return "ReadOptions[encoding=" + encoding + ", delimiter=" + delimiter
                + ", password=" + (password.isPresent() ? "(given)" : "(none)") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadOptions o && o.encoding.equals(encoding) && o.delimiter.equals(delimiter)
                && Arrays.equals(o.password.orElse(null), password.orElse(null));
    }

    @Override
    public int hashCode() {
        return encoding.hashCode() * 31 + delimiter.hashCode();
    }
}
