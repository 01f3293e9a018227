package org.audienceimport.source.csv;

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
 * csvlint.rb's fixtures. csvlint reports line-ending styles as problems; a reader for people's files
 * must instead read them all the same. The .xls/.xlsx fixtures named .csv are routed by their bytes
 * before they reach this reader and are not read here.
 */
class CsvlintConformanceTest {

    private static final List<List<String>> THREE_ROWS = List.of(
            List.of("Foo", "Bsr", "Baz"), List.of("Biff", "Baff", "Boff"), List.of("Qux", "Teaspoon", "Doge"));

    private Path fixtures;

    @BeforeEach
    void suite() {
        fixtures = Corpora.require("csvlint-fixtures").resolve("fixtures");
    }

    @Test
    void everyLineEndingStyleReadsTheSame() throws Exception {
        for (String name : List.of("lf-line-endings.csv", "crlf-line-endings.csv", "inconsistent-line-endings.csv",
                "inconsistent-line-endings-unquoted.csv")) {
            List<Row> rows = CsvFiles.readRows(fixtures.resolve(name), ReadOptions.DETECT);
            assertThat(CsvFiles.texts(rows)).as(name).isEqualTo(THREE_ROWS);
            assertThat(rows).as(name).extracting(Row::number).containsExactly(1, 2, 3);
        }
        assertThat(CsvFiles.readTexts(fixtures.resolve("cr-line-endings.csv"))).containsExactly(
                List.of("Foo", "Bar", "Baz"), List.of("Biff", "Baff", "Boff"), List.of("Qux", "Teaspoon", "Doge"));
        assertThat(CsvFiles.readTexts(fixtures.resolve("windows-line-endings.csv")))
                .containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
        assertThat(CsvFiles.readTexts(fixtures.resolve("valid.csv")))
                .containsExactly(List.of("Foo", "Bar", "Baz"), List.of("1", "2", "3"), List.of("3", "2", "1"));
    }

    @Test
    void windows1252BankExportIsDecodedRight() throws Exception {
        Path file = fixtures.resolve("invalid-byte-sequence.csv");
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(source.encoding()).contains(Charset.forName("windows-1252"));
            assertThat(source.delimiter()).contains(',');
            List<Row> rows = CsvFiles.readRows(source);
            assertThat(CsvFiles.texts(rows.getFirst()))
                    .containsExactly("Data", "Dependencia Origem", "Histórico", "Data do Balancete", "Número do documento", "Valor", "");
            assertThat(rows.get(2).text(2)).startsWith("Transferência on line");
            assertThat(rows).allSatisfy(row -> assertThat(String.join("", CsvFiles.texts(row))).doesNotContain("\uFFFD"));
        }
        // Declared UTF-8, as csvlint's scenario does, it still reads, with the bad bytes marked.
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT.withEncoding(UTF_8))) {
            assertThat(CsvFiles.readRows(source).getFirst().text(2)).isEqualTo("Hist\uFFFDrico");
        }
    }

    @Test
    void aTitleRowAboveTheHeaderIsJustTheFirstRow() throws Exception {
        List<Row> rows = CsvFiles.readRows(fixtures.resolve("title-row.csv"), ReadOptions.DETECT);
        assertThat(CsvFiles.texts(rows.getFirst())).containsExactly("This is a title row", "", "");
        assertThat(CsvFiles.texts(rows.subList(1, rows.size()))).isEqualTo(THREE_ROWS);
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3, 4);
    }
}
