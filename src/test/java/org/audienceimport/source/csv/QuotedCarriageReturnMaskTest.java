package org.audienceimport.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class QuotedCarriageReturnMaskTest {

    private static final char M = QuotedCarriageReturnMask.MASKED_CR;

    @Test
    void masksOnlyCarriageReturnsThatFastCsvSeesInsideQuotes() throws IOException {
        String input = "a,\"x\ry\",b\r\n\"q\r\n\"\"r\r\"s\r\n,c\"d\re\n";
        String expected = "a,\"x" + M + "y\",b\r\n\"q" + M + "\n\"\"r" + M + "\"s\r\n,c\"d\re\n";
        assertThat(maskAll(input, ',', Integer.MAX_VALUE)).isEqualTo(expected);
    }

    @Test
    void followsQuotingAcrossReadsOfAnySize() throws IOException {
        String input = "h;i\r\"a\rb\";\"c\"\"\r\";d\"e\r\"\r\"f\r\"\n";
        String whole = maskAll(input, ';', Integer.MAX_VALUE);
        // d"e<CR> ends a record (that quote is data); "<CR>" is then a quoted CR, f<CR> ends the record.
        assertThat(whole).isEqualTo("h;i\r\"a" + M + "b\";\"c\"\"" + M + "\";d\"e\r\"" + M + "\"f\r\"\n");
        for (int chunk = 1; chunk <= 5; chunk++) {
            assertThat(maskAll(input, ';', chunk)).as("reads of %d", chunk).isEqualTo(whole);
        }
    }

    @Test
    void unmaskRestoresCarriageReturnsButNotHalvesOfSurrogatePairs() {
        String cjk = "\uD841\uDFFF"; // U+207FF
        assertThat(QuotedCarriageReturnMask.unmask("a" + M + "b" + cjk + M)).isEqualTo("a\rb" + cjk + "\r");
        assertThat(QuotedCarriageReturnMask.unmask(M + "x")).isEqualTo("\rx");
        String plain = "no carriage return";
        assertThat(QuotedCarriageReturnMask.unmask(plain)).isSameAs(plain);
    }

    private static String maskAll(String input, char delimiter, int readSize) throws IOException {
        Reader chunked = new Reader() {
            private final StringReader in = new StringReader(input);

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return in.read(buf, off, Math.min(len, readSize));
            }

            @Override
            public void close() {
                in.close();
            }
        };
        StringBuilder out = new StringBuilder();
        try (Reader masked = new QuotedCarriageReturnMask(chunked, delimiter)) {
            char[] buf = new char[7];
            for (int n = masked.read(buf, 0, buf.length); n >= 0; n = masked.read(buf, 0, buf.length)) {
                out.append(buf, 0, n);
            }
        }
        return out.toString();
    }
}
