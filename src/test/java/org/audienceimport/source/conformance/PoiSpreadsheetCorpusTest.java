package org.audienceimport.source.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.audienceimport.source.Cell;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetChooser;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook listed in the Apache POI corpus's FILES.tsv opens, or is refused, exactly as its row
 * says, through the same entry point the app uses. Each file must also be left byte-for-byte unchanged
 * and without a leaked file handle.
 */
class PoiSpreadsheetCorpusTest {

    static Stream<Arguments> filesListed() throws IOException {
        Path suite = Corpora.require("apache-poi-spreadsheets");
        List<String> lines = Files.readAllLines(suite.resolve("FILES.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .map(cols -> Arguments.of(cols[0], cols[cols.length - 1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesListed")
    void opensOrIsRefusedAsFilesTsvSays(String name, String expectation) throws Exception {
        Path file = Corpora.require("apache-poi-spreadsheets").resolve("files").resolve(name);
        assertThat(file).as("listed in FILES.tsv: %s", expectation).exists();
        String hashBefore = sha256(file);
        FileTime modifiedBefore = Files.getLastModifiedTime(file);

        check(name, file);

        assertThat(sha256(file)).as("the file's bytes are unchanged").isEqualTo(hashBefore);
        assertThat(Files.getLastModifiedTime(file)).as("the file's modification time is unchanged").isEqualTo(modifiedBefore);
        assertThat(handlesOpenOn(file)).as("no file handle is left open on the file").isZero();
    }

    private void check(String name, Path file) throws Exception {
        switch (name) {
            case "SampleSS.xlsx", "SampleSS.strict.xlsx", "SampleSS.xls" -> assertSampleSsContent(file);
            case "SampleSS.ods" -> assertRefused(file, Problem.UNSUPPORTED_FORMAT, "OpenDocument");
            case "SampleSS.txt", "54084 - Greek - beyond BMP.txt" -> assertThat(format(file)).isEqualTo(FileFormat.CSV);
            case "51626_contact.xlsx" -> {
                Map<Integer, List<String>> rows = texts(file, ReadOptions.DETECT, 5);
                assertThat(rows.get(3)).containsSubsequence("Frank2", "McKee", "04001", "999-999-5555", "george@nope.com");
            }
            case "64667.xlsx" -> assertThat(allTexts(file, ReadOptions.DETECT)).contains("0630996510285", "04656-2020");
            case "GeneralFormatTests.xlsx", "DateFormatTests.xlsx", "bug66675.xlsx", "UncalcedRecord.xls",
                 "workbookProtection-workbook_password-2013.xlsx" -> assertThat(firstSheetRows(file, ReadOptions.DETECT)).isPositive();
            case "1900DateWindowing.xls", "1904DateWindowing.xls" -> {
                Cell a1 = firstCell(file);
                assertThat(a1.kind()).isEqualTo(Cell.Kind.DATE);
                assertThat(a1.dateTime().toLocalDate()).isEqualTo(LocalDate.of(2000, 1, 1));
            }
            case "InlineStrings.xlsx" -> assertThat(allTexts(file, ReadOptions.DETECT))
                    .contains("1st Inline String", "And More", "ABCDE", "Long Text", "43", "22");
            case "noSharedStringTable.xlsx" -> {
                Cell a1 = firstCell(file);
                assertThat(a1.kind()).isEqualTo(Cell.Kind.DATE);
                assertThat(a1.text()).isEqualTo("2006-04-12");
                Cell b1 = firstRow(file).cell(1);
                assertThat(b1.number()).isEqualByComparingTo("123");
                assertThat(b1.text()).as("shown with its number format, as Excel shows it").isEqualTo("123.00");
            }
            case "TwoSheetsOneHidden.xlsx" -> {
                try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
                    assertThat(source.sheets()).extracting(SheetInfo::name, SheetInfo::hidden)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("Sheet1", true),
                                    org.assertj.core.groups.Tuple.tuple("Sheet2", false));
                    assertThat(SheetChooser.choose(source, Optional.empty(), name).name()).isEqualTo("Sheet2");
                }
            }
            case "60384.xlsx" -> {
                int rows = countRowsReturned(file);
                assertThat(rows).as("trailing empty formatted rows are not returned one by one").isLessThan(100);
            }
            case "53105.xlsx" -> {
                try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
                     SheetTable table = SheetTable.open(source, source.sheets().getFirst(), OptionalInt.of(1))) {
                    assertThat(table.columns()).hasSize(16384);
                    assertThat(table.columns().getLast().letter()).isEqualTo("XFD");
                }
            }
            case "54084 - Greek - beyond BMP.xlsx" -> {
                String expected = Files.readString(file.resolveSibling("54084 - Greek - beyond BMP.txt")).strip();
                assertThat(firstCell(file).text()).isEqualTo(expected);
            }
            case "protected_passtika.xlsx" -> assertPasswordProtected(file, "tika");
            case "password.xls" -> assertPasswordProtected(file, "password");
            case "xor-encryption-abc.xls" -> assertPasswordProtected(file, "abc");
            case "protect.xlsx" -> assertThat(firstSheetRows(file, ReadOptions.DETECT))
                    .as("Excel's default password opens it without asking").isPositive();
            case "xlsx-corrupted.xlsx", "invalid.xlsx" -> assertRefused(file, Problem.DAMAGED, "damaged");
            case "poc-xmlbomb.xlsx" -> assertThatThrownBy(() -> firstSheetRows(file, ReadOptions.DETECT))
                    .isInstanceOfSatisfying(SourceException.class,
                            e -> assertThat(e.problem()).isIn(Problem.TOO_LARGE, Problem.DAMAGED));
            case "poc-shared-strings.xlsx" -> assertBombIsRefusedOrReadWithinLimits(file);
            case "testEXCEL_95.xls" -> assertRefused(file, Problem.UNSUPPORTED_FORMAT, "Save As");
            default -> fail("FILES.tsv lists %s, which this test has no expectation for yet", name);
        }
    }

    private static void assertBombIsRefusedOrReadWithinLimits(Path file) throws Exception {
        try {
            assertThat(firstSheetRows(file, ReadOptions.DETECT)).isPositive();
        } catch (SourceException e) {
            assertThat(e.problem()).isIn(Problem.TOO_LARGE, Problem.DAMAGED);
            assertThat(e.getMessage()).contains(TableSources.quoted(file));
        }
    }

    private static void assertPasswordProtected(Path file, String password) throws Exception {
        assertRefused(file, Problem.PASSWORD_REQUIRED, "password");
        assertThatThrownBy(() -> firstSheetRows(file, ReadOptions.DETECT.withPassword("not-it".toCharArray())))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_WRONG))
                .hasMessageNotContaining("not-it");
        assertThat(firstSheetRows(file, ReadOptions.DETECT.withPassword(password.toCharArray()))).isPositive();
    }

    private static void assertRefused(Path file, Problem problem, String messagePart) {
        assertThatThrownBy(() -> firstSheetRows(file, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageContaining(TableSources.quoted(file))
                .hasMessageContaining(messagePart);
    }

    /**
     * SampleSS.txt is POI's text export: per sheet "(name)", then the row texts separated by tabs. The
     * visible values of each sheet, in reading order, must match; the formula row shows its cached 13.
     */
    private static void assertSampleSsContent(Path file) throws Exception {
        Map<String, List<String>> expected = sampleSsExpectation(file.resolveSibling("SampleSS.txt"));
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            for (Map.Entry<String, List<String>> sheet : expected.entrySet()) {
                SheetInfo info = source.sheets().stream().filter(s -> s.name().equals(sheet.getKey())).findFirst().orElseThrow();
                List<String> actual = new ArrayList<>();
                try (RowReader rows = source.rows(info)) {
                    Row row;
                    while ((row = rows.next()) != null) {
                        for (Cell cell : row.cells()) {
                            if (cell != null && !cell.isEmpty()) {
                                actual.add(cell.text());
                            }
                        }
                    }
                }
                assertThat(actual).as("sheet %s", sheet.getKey()).containsExactlyElementsOf(sheet.getValue());
            }
        }
    }

    private static Map<String, List<String>> sampleSsExpectation(Path txt) throws IOException {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            if (line.startsWith("(") && line.endsWith(")")) {
                current = new ArrayList<>();
                sheets.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                for (String token : line.split("\t")) {
                    if (!token.isBlank()) {
                        current.add(token.equals("=SUM(A7:C7)") ? "13" : token);
                    }
                }
            }
        }
        return sheets;
    }

    private static FileFormat format(Path file) throws Exception {
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            return source.format();
        }
    }

    private static long firstSheetRows(Path file, ReadOptions options) throws Exception {
        try (TableSource source = TableSources.open(file, options);
             RowReader rows = source.rows(SheetChooser.choose(source, Optional.empty(), file.getFileName().toString()))) {
            long count = 0;
            while (rows.next() != null) {
                count++;
            }
            return count;
        }
    }

    private static int countRowsReturned(Path file) throws Exception {
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
             RowReader rows = source.rows(source.sheets().getFirst())) {
            int count = 0;
            while (rows.next() != null) {
                count++;
            }
            return count;
        }
    }

    private static Cell firstCell(Path file) throws Exception {
        return firstRow(file).cell(0);
    }

    private static Row firstRow(Path file) throws Exception {
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
             RowReader rows = source.rows(source.sheets().getFirst())) {
            Row row = rows.next();
            assertThat(row).isNotNull();
            assertThat(row.number()).isEqualTo(1);
            return row;
        }
    }

    /** Row number → the texts of its cells, for the first rows of the first sheet. */
    private static Map<Integer, List<String>> texts(Path file, ReadOptions options, int upToRow) throws Exception {
        Map<Integer, List<String>> texts = new LinkedHashMap<>();
        try (TableSource source = TableSources.open(file, options);
             RowReader rows = source.rows(source.sheets().getFirst())) {
            Row row;
            while ((row = rows.next()) != null && row.number() <= upToRow) {
                List<String> values = new ArrayList<>();
                for (Cell cell : row.cells()) {
                    if (cell != null && !cell.isEmpty()) {
                        values.add(cell.text());
                    }
                }
                texts.put(row.number(), values);
            }
        }
        return texts;
    }

    private static List<String> allTexts(Path file, ReadOptions options) throws Exception {
        List<String> all = new ArrayList<>();
        texts(file, options, Integer.MAX_VALUE).values().forEach(all::addAll);
        return all;
    }

    /** How many of this process's open file descriptors point at the file (Linux; 0 elsewhere). */
    private static long handlesOpenOn(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path target = file.toRealPath();
        try (Stream<Path> list = Files.list(fds)) {
            return list.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // the descriptor closed while we looked
                }
            }).count();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
