package org.audienceimport.source.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.TableSource;

/**
 * Any table written by a CSV writer reads back equal. Records without any value (written as an empty
 * line or bare delimiters) are skipped by the reader, but still count for the row numbers of the rest.
 */
class CsvRoundTripProperties {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** With the delimiter and encoding given, every kind of value must survive, line breaks and quotes included. */
    @Property(tries = 300)
    void anyTableReadsBackWithGivenDelimiterAndEncoding(@ForAll("anyTable") List<List<String>> table,
                                                        @ForAll("delimiters") char delimiter,
                                                        @ForAll("encodings") Charset charset,
                                                        @ForAll("lineEnds") LineDelimiter lineEnd) throws IOException, Exception {
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            write(file, table, delimiter, charset, lineEnd, false);
            ReadOptions options = ReadOptions.DETECT.withDelimiter(delimiter).withEncoding(charset);
            assertReadsBack(file, options, table);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * With nothing given, detection must find what was written: tables of at least two columns and
     * several rows of one width, with values free of the candidate delimiters (a value holding another
     * candidate delimiter would make the choice ambiguous for people too), in UTF-8 with or without BOM
     * or in UTF-16 with BOM.
     */
    @Property(tries = 300)
    void detectionFindsTheWrittenDelimiterAndEncoding(@ForAll("rectangularTable") List<List<String>> table,
                                                      @ForAll("delimiters") char delimiter,
                                                      @ForAll("encodings") Charset charset,
                                                      @ForAll boolean bom,
                                                      @ForAll("lineEnds") LineDelimiter lineEnd) throws Exception {
        boolean writeBom = bom || !charset.equals(UTF_8);
        Path file = Files.createTempFile("detect", ".csv");
        try {
            write(file, table, delimiter, charset, lineEnd, writeBom);
            try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
                assertThat(source.delimiter()).contains(delimiter);
                assertThat(source.encoding()).contains(charset);
            }
            assertReadsBack(file, ReadOptions.DETECT, table);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertReadsBack(Path file, ReadOptions options, List<List<String>> table) throws Exception {
        List<Row> rows = CsvFiles.readRows(file, options);
        List<Integer> expectedNumbers = new ArrayList<>();
        List<List<String>> expectedRows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).stream().anyMatch(value -> !value.isEmpty())) {
                expectedNumbers.add(i + 1);
                expectedRows.add(table.get(i));
            }
        }
        assertThat(CsvFiles.texts(rows)).isEqualTo(expectedRows);
        assertThat(rows).extracting(Row::number).isEqualTo(expectedNumbers);
    }

    private static void write(Path file, List<List<String>> table, char delimiter, Charset charset,
                              LineDelimiter lineEnd, boolean bom) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             Writer text = new OutputStreamWriter(out, charset);
             CsvWriter csv = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(lineEnd).build(text)) {
            if (bom) {
                text.write('\uFEFF');
            }
            for (List<String> record : table) {
                csv.writeRecord(record);
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> anyTable() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars(",;\t|\"\r\n 0123456789abcXYZéßЯж€").ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0020', '\uD7FF').withCharRange('\uE000', '\uFFFC')
                        .excludeChars('\uFEFF', '\uFFFD').ofMaxLength(6),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(digits -> "000" + digits),
                // U+207FF (a CJK ideograph) ends in the low surrogate the reader borrows to hide CRs.
                Arbitraries.of("", "\uD83D\uDE00", "\uD841\uDFFF", "a\r\uD841\uDFFF\r", " padded ", "\"\"", "\r\n"));
        return value.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<List<String>>> rectangularTable() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars("\"\r\n 0123456789abcXYZéßЯж€@.-+()").ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(digits -> "0" + digits),
                Arbitraries.of("", "\uD83D\uDE00"));
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(3, 20))
                .flatAs((width, height) -> value.list().ofSize(width).list().ofSize(height));
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(DELIMITERS[0], DELIMITERS[1], DELIMITERS[2], DELIMITERS[3]);
    }

    @Provide
    Arbitrary<Charset> encodings() {
        return Arbitraries.of(UTF_8, UTF_16LE, UTF_16BE);
    }

    @Provide
    Arbitrary<LineDelimiter> lineEnds() {
        return Arbitraries.of(LineDelimiter.CRLF, LineDelimiter.LF, LineDelimiter.CR);
    }
}
