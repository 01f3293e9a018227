package org.audienceimport.source.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.TableSource;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * csvkit's example files: encodings and dialect oddities. Its *_converted.csv files are the output of
 * csvkit's type inference (NA becomes empty, "1,7" becomes 1.7), which we deliberately do not do, so
 * the expectations here are the decoded values SOURCE.txt states, or those of the plain sibling file.
 */
class CsvkitConformanceTest {

    private Path examples;

    @BeforeEach
    void suite() {
        examples = Corpora.require("csvkit-examples").resolve("examples");
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        for (String name : List.of("test_utf8.csv", "test_utf8_bom.csv")) {
            List<List<String>> rows = read(name, UTF_8, ',');
            assertThat(rows.getFirst()).as(name).containsExactly("foo", "bar", "baz");
            assertThat(rows.getLast().getLast()).as(name).isEqualTo("ʤ");
        }
    }

    @Test
    void utf16BigAndLittleEndian() throws Exception {
        List<List<String>> expected = List.of(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "ʤ"));
        assertThat(read("test_utf16_big.csv", UTF_16BE, ',')).isEqualTo(expected);
        assertThat(read("test_utf16_little.csv", UTF_16LE, ',')).isEqualTo(expected);
    }

    @Test
    void latin1IsReadAsWesternCodePage() throws Exception {
        List<List<String>> rows = read("test_latin1.csv", Charset.forName("windows-1252"), ',');
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "©"));
    }

    @Test
    void classicMacLineEndingsIncludingOneInsideQuotes() throws Exception {
        List<Row> rows = CsvFiles.readRows(examples.resolve("mac_newlines.csv"), ReadOptions.DETECT);
        assertThat(CsvFiles.texts(rows)).containsExactly(
                List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("Once upon\ra time", "5", "6"));
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3);
    }

    @Test
    void aNulFieldReadsAsBlank() throws Exception {
        List<Row> rows = CsvFiles.readRows(examples.resolve("null_byte.csv"), ReadOptions.DETECT);
        assertThat(CsvFiles.texts(rows)).containsExactly(List.of("a", "b", "c"), List.of("", "2", "3"));
    }

    @Test
    void headerWithControlCharactersInsideQuotes() throws Exception {
        List<List<String>> rows = CsvFiles.readTexts(examples.resolve("test_header_newline.csv"));
        assertThat(rows.getFirst()).containsExactly("\t\n\u000B\f\r start \t\n\u000B\f\r end \t\n\u000B\f\r", "b", "c");
        assertThat(rows.get(1)).containsExactly("d", "e", "f");
    }

    @Test
    void raggedAndEmptyColumnsAreKept() throws Exception {
        assertThat(CsvFiles.readTexts(examples.resolve("bad.csv"))).containsExactly(
                List.of("column_a", "column_b", "column_c"),
                List.of("1", "27", "", "I'm too long!"),
                List.of("", "I'm too short!"),
                List.of("0", "mixed types.... uh oh", "17"));
        List<Row> columns = CsvFiles.readRows(examples.resolve("test_empty_columns.csv"), ReadOptions.DETECT);
        assertThat(CsvFiles.texts(columns)).containsExactly(
                List.of("a", "b", "c", "", ""), List.of("a", "", "", "", ""), List.of("", "", "c", ""));
        assertThat(columns).extracting(Row::number).containsExactly(1, 2, 3);
        assertThat(CsvFiles.readTexts(examples.resolve("test_extra_header.csv")))
                .containsExactly(List.of("a", "b", "c", "d"), List.of("1", "2", "3"));
        assertThat(CsvFiles.readTexts(examples.resolve("test_empty_columns_long_row.csv"))).containsExactly(List.of("a", "b", "c"));
        assertThat(CsvFiles.readTexts(examples.resolve("test_empty_columns_short_row.csv"))).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void valuesStayAsWritten() throws Exception {
        assertThat(CsvFiles.readTexts(examples.resolve("test_no_leading_zeroes.csv")))
                .containsExactly(List.of("a", "b", "c"), List.of("01", "00.11", "0.1"));
        assertThat(CsvFiles.readTexts(examples.resolve("date_like_number.csv"))).containsExactly(List.of("a"), List.of("4.5"));
        assertThat(CsvFiles.readTexts(examples.resolve("blanks.csv")).get(1)).containsExactly("", "NA", "N/A", "NONE", "NULL", ".");
        assertThat(CsvFiles.readTexts(examples.resolve("optional_quote_characters.csv")))
                .isEqualTo(CsvFiles.readTexts(examples.resolve("dummy.csv")));
    }

    @Test
    void leadingBlankLinesCountInRowNumbers() throws Exception {
        List<Row> rows = CsvFiles.readRows(examples.resolve("test_skip_lines.csv"), ReadOptions.DETECT);
        assertThat(rows).extracting(Row::number).containsExactly(4, 5);
        assertThat(CsvFiles.texts(rows)).isEqualTo(CsvFiles.readTexts(examples.resolve("dummy.csv")));
        assertThat(CsvFiles.readRows(examples.resolve("empty.csv"), ReadOptions.DETECT)).isEmpty();
    }

    @Test
    void tabSeparatedFile() throws Exception {
        assertThat(read("dummy.tsv", UTF_8, '\t')).isEqualTo(CsvFiles.readTexts(examples.resolve("dummy.csv")));
    }

    private List<List<String>> read(String name, Charset expectedCharset, char expectedDelimiter) throws Exception {
        try (TableSource source = CsvTableSource.open(examples.resolve(name), ReadOptions.DETECT)) {
            assertThat(source.encoding()).as(name).contains(expectedCharset);
            assertThat(source.delimiter()).as(name).contains(expectedDelimiter);
            return CsvFiles.texts(CsvFiles.readRows(source));
        }
    }
}
