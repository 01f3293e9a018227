package org.audienceimport.source.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.audienceimport.source.csv.CsvFiles.write;

import java.nio.file.Path;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.TableSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimiterDetectorTest {

    @TempDir
    Path dir;

    @Test
    void picksEachCandidateWhenItIsTheConsistentOne() {
        assertThat(DelimiterDetector.detect("a,b,c\n1,2,3\n4,5,6\n", false)).isEqualTo(',');
        assertThat(DelimiterDetector.detect("a;b;c\n1;2;3\n4;5;6\n", false)).isEqualTo(';');
        assertThat(DelimiterDetector.detect("a\tb\tc\n1\t2\t3\n", false)).isEqualTo('\t');
        assertThat(DelimiterDetector.detect("a|b|c\n1|2|3\n", false)).isEqualTo('|');
    }

    @Test
    void europeanSemicolonFilesWithDecimalCommas() {
        assertThat(DelimiterDetector.detect("name;price;qty\nTee;1,50;2\nMug;12,75;1\nCap;3;1\n", false)).isEqualTo(';');
    }

    @Test
    void delimitersInsideQuotesDoNotCount() {
        String sample = "name,note\n\"Smith; John\",\"a;b;c;d\"\n\"Doe; Jane\",\"x;y\"\n";
        assertThat(DelimiterDetector.detect(sample, false)).isEqualTo(',');
        String semicolons = "\"a,b\";\"c,d,e\"\n\"1,2,3\";\"4\"\n";
        assertThat(DelimiterDetector.detect(semicolons, false)).isEqualTo(';');
    }

    @Test
    void aSingleColumnIsReadWithAComma() {
        assertThat(DelimiterDetector.detect("email\na@b.c\nd@e.f\n", false)).isEqualTo(',');
        assertThat(DelimiterDetector.detect("", false)).isEqualTo(',');
    }

    @Test
    void ignoresAnIncompleteLastRecordOfACutSample() {
        // The cut leaves "7,8" looking like two pipe-less fields; only whole records are judged.
        String sample = "a|b\n1|2\n3|4\n5|6\n7,8";
        assertThat(DelimiterDetector.detect(sample, true)).isEqualTo('|');
    }

    @Test
    void judgesOnlyTheFirstFiftyRecords() {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < DelimiterDetector.SAMPLE_RECORDS; i++) {
            sample.append("a;b\n");
        }
        for (int i = 0; i < 200; i++) {
            sample.append("a,b,c\n");
        }
        assertThat(DelimiterDetector.detect(sample.toString(), false)).isEqualTo(';');
    }

    @Test
    void theSourceReportsTheDetectedOrChosenDelimiter() throws Exception {
        Path file = write(dir, "t.tsv", "email\tname\na@b.c\tAnn, Lee\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(source.delimiter()).contains('\t');
            assertThat(CsvFiles.texts(CsvFiles.readRows(source)).get(1)).containsExactly("a@b.c", "Ann, Lee");
        }
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT.withDelimiter(','))) {
            assertThat(source.delimiter()).contains(',');
            assertThat(CsvFiles.texts(CsvFiles.readRows(source)).get(1)).containsExactly("a@b.c\tAnn", " Lee");
        }
    }

    @Test
    void blankLinesDoNotSpoilTheConsistency() {
        assertThat(DelimiterDetector.detect("a;b\n\n1;2\n\n\n3;4,5\n", false)).isEqualTo(';');
    }
}
