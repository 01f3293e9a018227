package org.audienceimport.source.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Hides carriage returns inside quoted values from FastCSV, which {@link RowHandler} puts back.
 *
 * <p>Why: FastCSV 4.1.0 remembers a CR seen inside quotes; if the record then ends with a bare LF right
 * after the closing quote, it takes that LF for the second half of a CRLF, silently throws the record's
 * last value away and runs the next line into the same record. A value holding a lone CR ends up
 * losing a whole row. Replacing those CRs, in place, with a character FastCSV does not treat specially
 * avoids that.
 *
 * <p>The quoting is followed the way FastCSV's parser follows it: a quote opens a value only at its
 * start (or right after a closing quote, which is how {@code ""} works); inside an unquoted value a
 * quote is an ordinary character.
 */
final class QuotedCarriageReturnMask extends Reader {

    /**
     * Stands in for a CR: a low surrogate with no high surrogate before it, which no charset decoder
     * ever produces (malformed input becomes U+FFFD), so it cannot be confused with the file's text.
     */
    static final char MASKED_CR = '\uDFFF';

    private static final int OUTSIDE = 0;
    private static final int QUOTED = 1;
    private static final int AFTER_QUOTE = 2;
    private static final char QUOTE = '"';
    private static final char CR = '\r';
    private static final char LF = '\n';

    private final Reader in;
    private final char delimiter;
    private int state = OUTSIDE;
    /** The character before the current chunk; a line end at the start, where a value starts too. */
    private char previous = LF;

    QuotedCarriageReturnMask(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n > 0) {
            mask(buf, off, off + n);
            previous = buf[off + n - 1];
        }
        return n;
    }

    /**
     * This runs over every character of the file, so outside quotes it looks only for a quote, and
     * decides whether that quote opens a value by the character before it (a delimiter or line end).
     * Stopping at every delimiter instead would cost a mispredicted branch per value.
     */
    private void mask(char[] buf, int from, int to) {
        int s = state;
        int i = from;
        while (i < to) {
            if (s == OUTSIDE) {
                while (i < to) {
                    if (buf[i++] == QUOTE && opensValue(buf, i - 1, from)) {
                        s = QUOTED;
                        break;
                    }
                }
            } else if (s == QUOTED) {
                while (i < to) {
                    char c = buf[i++];
                    if (c == QUOTE) {
                        s = AFTER_QUOTE;
                        break;
                    }
                    if (c == CR) {
                        buf[i - 1] = MASKED_CR;
                    }
                }
            } else {
                // After a closing quote: another quote re-opens (that is how "" works); characters other
                // than a delimiter or line end are appended to the value by FastCSV, still in this state.
                char c = buf[i++];
                if (c == QUOTE) {
                    s = QUOTED;
                } else if (c == delimiter || c == LF || c == CR) {
                    s = OUTSIDE;
                }
            }
        }
        state = s;
    }

    private boolean opensValue(char[] buf, int quoteAt, int chunkStart) {
        char before = quoteAt > chunkStart ? buf[quoteAt - 1] : previous;
        return before == delimiter || before == LF || before == CR;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Puts back the CRs hidden in a value. */
    static String unmask(String value) {
        int at = value.indexOf(MASKED_CR);
        if (at < 0) {
            return value;
        }
        char[] chars = value.toCharArray();
        for (; at < chars.length; at++) {
            if (chars[at] == MASKED_CR && (at == 0 || !Character.isHighSurrogate(chars[at - 1]))) {
                chars[at] = CR;
            }
        }
        return new String(chars);
    }
}
