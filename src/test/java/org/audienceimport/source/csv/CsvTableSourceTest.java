package org.audienceimport.source.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.source.csv.CsvFiles.readRows;
import static org.audienceimport.source.csv.CsvFiles.readTexts;
import static org.audienceimport.source.csv.CsvFiles.texts;
import static org.audienceimport.source.csv.CsvFiles.write;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.management.UnixOperatingSystemMXBean;
import org.audienceimport.source.Cell;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableSourceTest {

    @TempDir
    Path dir;

    @Test
    void describesTheFileAsOneSheetNamedAfterIt() throws Exception {
        Path file = write(dir, "spring.contacts.csv", "email\na@b.c\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            assertThat(source.format()).isEqualTo(FileFormat.CSV);
            assertThat(source.sheets()).containsExactly(new SheetInfo("spring.contacts", false, 0));
            assertThat(source.encoding()).contains(UTF_8);
            assertThat(source.delimiter()).contains(',');
        }
        assertThat(CsvTableSource.sheetName(Path.of("noextension"))).isEqualTo("noextension");
        assertThat(CsvTableSource.sheetName(Path.of(".hidden"))).isEqualTo(".hidden");
    }

    @Test
    void keepsValuesVerbatimAsText() throws Exception {
        Path file = write(dir, "a.csv", "phone,name,amount\n000001234567,  Anna  ,1.50\n", UTF_8);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        Row data = rows.get(1);
        assertThat(texts(data)).containsExactly("000001234567", "  Anna  ", "1.50");
        assertThat(data.cell(0).kind()).isEqualTo(Cell.Kind.TEXT);
        assertThat(data.cell(2).value()).isEqualTo("1.50");
    }

    @Test
    void emptyFieldsAreBlankCells() throws Exception {
        Path file = write(dir, "a.csv", "a,b,c\n1,,\"\"\n", UTF_8);
        Row row = readRows(file, ReadOptions.DETECT).get(1);
        assertThat(row.width()).isEqualTo(3);
        assertThat(row.cells()[1]).isSameAs(Cell.BLANK);
        assertThat(row.cells()[2]).isSameAs(Cell.BLANK);
    }

    @Test
    void readsRfc4180Quoting() throws Exception {
        Path file = write(dir, "a.csv", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n", UTF_8);
        assertThat(readTexts(file)).containsExactly(
                List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("multi\nline", "z"));
    }

    @Test
    void readsCrLfAndCrLineEndingsAlike() throws Exception {
        List<List<String>> expected = List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        for (String newline : List.of("\n", "\r\n", "\r")) {
            Path file = write(dir, "eol.csv", "a,b" + newline + "1,2" + newline + "3,4" + newline, UTF_8);
            List<Row> rows = readRows(file, ReadOptions.DETECT);
            assertThat(texts(rows)).as("line end %s", newline.replace("\r", "CR").replace("\n", "LF")).isEqualTo(expected);
            assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3);
        }
        Path mixed = write(dir, "mixed.csv", "a,b\r\n1,2\n3,4\r5,6", UTF_8);
        assertThat(readTexts(mixed)).hasSize(4).last().isEqualTo(List.of("5", "6"));
    }

    @Test
    void keepsLineBreaksInsideQuotesAsWritten() throws Exception {
        Path file = write(dir, "a.csv", "a\r\n\"one\r\ntwo\rthree\"\r\n", UTF_8);
        assertThat(readTexts(file).get(1)).containsExactly("one\r\ntwo\rthree");
    }

    /** FastCSV 4.1.0 alone drops the record "x<CR>y" here and runs "b" into its place. */
    @Test
    void aLoneCarriageReturnInsideQuotesBeforeAnLfLineEndLosesNothing() throws Exception {
        Path file = write(dir, "a.csv", "h\n\"x\ry\"\nb\n\"p\rq\"r\nc\n\"\r\"\"\"\nd\n", UTF_8);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        assertThat(texts(rows)).containsExactly(List.of("h"), List.of("x\ry"), List.of("b"), List.of("p\rqr"), List.of("c"),
                List.of("\r\""), List.of("d"));
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aCarriageReturnOutsideQuotesStillEndsTheRecord() throws Exception {
        // The quote inside an unquoted value is an ordinary character, so the CR after it is a line end.
        Path file = write(dir, "a.csv", "x,a\"b\rc,d\n\uD841\uDFFF,\"\uD841\uDFFF\r\"\n", UTF_8);
        assertThat(readTexts(file)).containsExactly(List.of("x", "a\"b"), List.of("c", "d"),
                List.of("\uD841\uDFFF", "\uD841\uDFFF\r"));
    }

    @Test
    void numbersRowsByRecordSoMultiLineValuesCountOnce() throws Exception {
        Path file = write(dir, "a.csv", "name,note\n\"A\",\"line1\nline2\nline3\"\nB,x\n\"C\",\"p\r\nq\"\nD,y\n", UTF_8);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(2).text(0)).isEqualTo("B");
        assertThat(rows.get(4).text(0)).isEqualTo("D");
    }

    @Test
    void skipsBlankRecordsButCountsThemInRowNumbers() throws Exception {
        Path file = write(dir, "a.csv", "a,b\n\n1,2\n,\n\r\n3,4\n\n\n", UTF_8);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        assertThat(rows).extracting(Row::number).containsExactly(1, 3, 6);
        assertThat(texts(rows.get(2))).containsExactly("3", "4");
        assertThat(rows).noneMatch(Row::isBlank);
    }

    @Test
    void acceptsRaggedRows() throws Exception {
        Path file = write(dir, "a.csv", "a,b,c\n1\n1,2,3,4,5\n1,2\n", UTF_8);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        assertThat(rows).extracting(Row::width).containsExactly(3, 1, 5, 2);
        assertThat(rows.get(2).text(4)).isEqualTo("5");
        assertThat(rows.get(1).text(2)).isEmpty();
    }

    @Test
    void dropsNulCharactersInsteadOfFailing() throws Exception {
        byte[] bytes = "a,b\n1\0,\0\n\0x\0y,2\n".getBytes(UTF_8);
        Path file = write(dir, "nul.csv", bytes);
        List<Row> rows = readRows(file, ReadOptions.DETECT);
        assertThat(texts(rows)).containsExactly(List.of("a", "b"), List.of("1", ""), List.of("xy", "2"));
        assertThat(rows.get(1).cell(1)).isSameAs(Cell.BLANK);
    }

    @Test
    void toleratesLooseQuotesLikeExcel() throws Exception {
        Path file = write(dir, "a.csv", "a,b\n\"ab\"c,37.8\"N\nx,\"never closed\ny,z\n", UTF_8);
        assertThat(readTexts(file)).containsExactly(
                List.of("a", "b"), List.of("abc", "37.8\"N"), List.of("x", "never closed\ny,z\n"));
    }

    @Test
    void givesTheSameRowsOnEveryPass() throws Exception {
        Path file = write(dir, "a.csv", "a;b\n1;2\n3;4\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            List<Row> first = CsvFiles.readRows(source);
            List<Row> second = CsvFiles.readRows(source);
            assertThat(first).hasSize(3).isEqualTo(second);
        }
    }

    @Test
    void releasesTheFileOnEveryClose() throws Exception {
        Path file = write(dir, "a.csv", "a,b\n1,2\n", UTF_8);
        long openBefore = openFileDescriptors();
        for (int i = 0; i < 300; i++) {
            try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT);
                 RowReader reader = source.rows(source.sheets().getFirst())) {
                assertThat(reader.next()).isNotNull();
            }
        }
        assertThat(openFileDescriptors()).isLessThan(openBefore + 20);
        // A reader left open is closed with its source.
        TableSource source = CsvTableSource.open(file, ReadOptions.DETECT);
        RowReader forgotten = source.rows(source.sheets().getFirst());
        source.close();
        assertThatThrownBy(forgotten::next).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).isEqualTo("a,b\n1,2\n");
    }

    private static long openFileDescriptors() {
        Assumptions.assumeTrue(ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean,
                "counting open files needs a Unix JVM");
        return ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getOpenFileDescriptorCount();
    }

    @Test
    void refusesASheetItDoesNotHave() throws Exception {
        Path file = write(dir, "a.csv", "a\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            assertThatThrownBy(() -> source.rows(new SheetInfo("Sheet2", false, 1)))
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_SHEET));
        }
    }

    @Test
    void reportsAFileThatVanishedBetweenOpeningAndReading() throws Exception {
        Path file = write(dir, "gone.csv", "a\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT)) {
            Files.delete(file);
            assertThatThrownBy(() -> source.rows(source.sheets().getFirst()))
                    .isInstanceOfSatisfying(SourceException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                        assertThat(e.getMessage()).contains("\u201Cgone.csv\u201D");
                    });
        }
        assertThatThrownBy(() -> CsvTableSource.open(dir.resolve("never.csv"), ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void aValueLongerThanTheLimitIsReportedWithItsRow() throws Exception {
        Path file = write(dir, "long.csv", "a,b\n1,2\n3,\"" + "x".repeat(5000) + "\"\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT.withDelimiter(','), 1000);
             RowReader reader = source.rows(source.sheets().getFirst())) {
            assertThat(reader.next().number()).isEqualTo(1);
            assertThat(reader.next().number()).isEqualTo(2);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(SourceException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                assertThat(e.getMessage()).contains("Row 3", "\u201Clong.csv\u201D", "1,000 characters", "quotation mark");
            });
        }
    }

    @Test
    void theDefaultLimitStopsAnUnclosedQuoteInABigFile() throws Exception {
        Path file = dir.resolve("unclosed.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("a,b\n1,\"oops\n");
            String line = "filler,".repeat(100) + "\n";
            long written = 0;
            while (written <= CsvTableSource.MAX_FIELD_CHARS) {
                out.write(line);
                written += line.length();
            }
        }
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT);
             RowReader reader = source.rows(source.sheets().getFirst())) {
            assertThat(reader.next().number()).isEqualTo(1);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(SourceException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                assertThat(e.getMessage()).startsWith("Row 2 of \u201Cunclosed.csv\u201D");
            });
        }
    }

    @Test
    void aRecordWiderThanASpreadsheetIsReportedWithItsRow() throws Exception {
        Path file = write(dir, "wide.csv", "a,b\n" + "x,".repeat(RowHandler.MAX_COLUMNS + 5) + "\n", UTF_8);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT);
             RowReader reader = source.rows(source.sheets().getFirst())) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(SourceException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                assertThat(e.getMessage()).contains("Row 2", "16384 columns");
            });
        }
        Path widest = write(dir, "widest.csv", "x,".repeat(RowHandler.MAX_COLUMNS - 1) + "x\n", UTF_8);
        assertThat(readRows(widest, ReadOptions.DETECT).getFirst().width()).isEqualTo(RowHandler.MAX_COLUMNS);
    }

    @Test
    void warnsAboutRowsWithUndecodableBytes() throws Exception {
        byte[] bytes = CsvFiles.concat("name\nok\nbad ".getBytes(UTF_8), new byte[] {(byte) 0xC3, '\n'});
        Path file = write(dir, "a.csv", bytes);
        try (TableSource source = CsvTableSource.open(file, ReadOptions.DETECT.withEncoding(UTF_8));
             RowReader reader = source.rows(source.sheets().getFirst())) {
            while (reader.next() != null) {
                // read to the end
            }
            assertThat(reader.warningCount()).isEqualTo(1);
            assertThat(reader.warnings().getFirst().row()).isEqualTo(3);
            assertThat(reader.warnings().getFirst().message()).isEqualTo("Row 3 has characters that are not valid UTF-8 and"
                    + " show as \uFFFD. If letters look wrong, choose the file's encoding yourself.");
            assertThat(reader.warnings().getFirst().text().in(java.util.Locale.of("ru")))
                    .startsWith("В строке 3 есть символы, недопустимые в кодировке UTF-8");
        }
    }

    @Test
    void aFileWithOnlyBlankLinesHasNoRows() throws Exception {
        Path file = write(dir, "a.csv", "\n\r\n\n", UTF_8);
        assertThat(readRows(file, ReadOptions.DETECT)).isEmpty();
    }
}
