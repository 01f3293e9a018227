package org.audienceimport.source.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.audienceimport.source.xls.XlsFixtures.readAll;
import static org.audienceimport.source.xls.XlsFixtures.readFirstSheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.audienceimport.source.Cell;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conformance with the Apache POI test workbooks in ../shared/corpora/apache-poi-spreadsheets (FILES.tsv). */
class XlsPoiCorpusTest {

    /** Every .xls the corpus lists, each with its expectation checked below. */
    private static final Set<String> COVERED = Set.of("SampleSS.xls", "1900DateWindowing.xls", "1904DateWindowing.xls",
            "UncalcedRecord.xls", "password.xls", "xor-encryption-abc.xls", "testEXCEL_95.xls");

    private Path suite;
    private Path files;

    @BeforeEach
    void findCorpus() {
        suite = Corpora.require("apache-poi-spreadsheets");
        files = suite.resolve("files");
    }

    @Test
    void everyXlsInTheIndexHasItsExpectationChecked() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(suite.resolve("FILES.tsv"), StandardCharsets.UTF_8)) {
            String name = line.split("\t", 2)[0];
            if (name.endsWith(".xls")) {
                listed.add(name);
            }
        }
        assertThat(listed).isEqualTo(new TreeSet<>(COVERED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900DateWindowing.xls", "1904DateWindowing.xls"})
    void bothDateSystemsGiveTheSameDate(String name) throws Exception {
        try (TableSource source = XlsTableSource.open(files.resolve(name), ReadOptions.DETECT)) {
            Row first = readFirstSheet(source).getFirst();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.cell(0).kind()).isEqualTo(Cell.Kind.DATE);
            assertThat(first.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
            assertThat(first.text(0)).isEqualTo("2000-01-01");
        }
    }

    /**
     * SampleSS.txt is POI's text export: "(Sheet name)" then one line per row, cells tab-separated. Its tab
     * runs do not map one-to-one onto columns (A2/B2 print with five tabs between them), so each row is
     * compared by its non-empty values in column order, and blank rows are dropped on both sides. A
     * formula prints as its text there (=SUM(A7:C7)); the reader gives the cached result, which must equal
     * that sum over the cells it read. Sheets absent from the export must be empty.
     */
    @Test
    void sampleSsMatchesItsTextExport() throws Exception {
        Map<String, List<List<String>>> expected = parseTextExport(files.resolve("SampleSS.txt"));
        try (TableSource source = TableSources.open(files.resolve("SampleSS.xls"), ReadOptions.DETECT)) {
            assertThat(source.sheets()).extracting(SheetInfo::name)
                    .containsExactly("First Sheet", "Sheet Number 2", "Sheet3");
            assertThat(source.sheets()).noneMatch(SheetInfo::hidden);
            for (SheetInfo sheet : source.sheets()) {
                List<Row> rows = readAll(source, sheet);
                List<List<String>> want = expected.getOrDefault(sheet.name(), List.of());
                assertThat(rows).as(sheet.name()).hasSize(want.size());
                for (int r = 0; r < rows.size(); r++) {
                    assertRowMatches(rows.get(r), want.get(r));
                }
            }
        }
    }

    private static void assertRowMatches(Row row, List<String> expectedValues) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < row.width(); c++) {
            if (!row.cell(c).isEmpty()) {
                columns.add(c);
            }
        }
        assertThat(columns).as("row %d", row.number()).hasSameSizeAs(expectedValues);
        for (int i = 0; i < columns.size(); i++) {
            String want = expectedValues.get(i);
            Cell cell = row.cell(columns.get(i));
            if (want.startsWith("=")) {
                assertThat(cell.number()).as("cached %s", want).isEqualByComparingTo(sumOf(want, row));
            } else {
                assertThat(cell.text()).as("row %d", row.number()).isEqualTo(want);
            }
        }
    }

    private static final Pattern SUM_OF_ROW_RANGE = Pattern.compile("=SUM\\(([A-Z]+)(\\d+):([A-Z]+)\\2\\)");

    private static BigDecimal sumOf(String formula, Row row) {
        Matcher m = SUM_OF_ROW_RANGE.matcher(formula);
        assertThat(m.matches()).as("only same-row SUM formulas are expected in SampleSS.txt: %s", formula).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(row.number());
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = CellReference.convertColStringToIndex(m.group(1)); c <= CellReference.convertColStringToIndex(m.group(3)); c++) {
            sum = sum.add(row.cell(c).number());
        }
        return sum;
    }

    private static Map<String, List<List<String>>> parseTextExport(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("(") && line.endsWith(")")) {
                current = new ArrayList<>();
                sheets.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                List<String> values = new ArrayList<>();
                for (String value : line.split("\t")) {
                    if (!value.isBlank()) {
                        values.add(value);
                    }
                }
                if (!values.isEmpty()) {
                    current.add(values);
                }
            }
        }
        return sheets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"password.xls:password", "xor-encryption-abc.xls:abc"})
    void protectedWorkbooksNeedTheirPassword(String fileAndPassword) throws Exception {
        String[] parts = fileAndPassword.split(":");
        Path file = files.resolve(parts[0]);
        assertProblem(file, ReadOptions.DETECT, Problem.PASSWORD_REQUIRED);
        assertProblem(file, ReadOptions.DETECT.withPassword("wrong".toCharArray()), Problem.PASSWORD_WRONG);
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT.withPassword(parts[1].toCharArray()))) {
            assertThat(readFirstSheet(source)).isNotEmpty();
        }
    }

    @Test
    void passwordXlsReadsItsText() throws Exception {
        try (TableSource source = XlsTableSource.open(files.resolve("password.xls"),
                ReadOptions.DETECT.withPassword("password".toCharArray()))) {
            assertThat(source.sheets()).extracting(SheetInfo::name).containsExactly("Лист1", "Лист2", "Лист3");
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.text(3)).startsWith("A ZIP bomb is a variant of mail-bombing.");
        }
    }

    @Test
    void xorObfuscatedWorkbookReadsItsNumbers() throws Exception {
        try (TableSource source = XlsTableSource.open(files.resolve("xor-encryption-abc.xls"),
                ReadOptions.DETECT.withPassword("abc".toCharArray()))) {
            assertThat(readFirstSheet(source)).extracting(row -> row.number() + "=" + row.text(0))
                    .containsExactly("1=1", "2=2", "3=3");
        }
    }

    private static void assertProblem(Path file, ReadOptions options, Problem problem) {
        for (boolean direct : new boolean[] {true, false}) {
            assertThatThrownBy(() -> open(file, options, direct).close()).isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        }
    }

    /** Directly through this reader, or through the dispatcher that sniffs the bytes first. */
    private static TableSource open(Path file, ReadOptions options, boolean direct) throws SourceException {
        return direct ? XlsTableSource.open(file, options) : TableSources.open(file, options);
    }

    @Test
    void excel95IsRefusedWithTheResaveAdvice() {
        Path file = files.resolve("testEXCEL_95.xls");
        for (boolean direct : new boolean[] {true, false}) {
            assertThatThrownBy(() -> open(file, ReadOptions.DETECT, direct).close()).isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT))
                    .hasMessageStartingWith("\u201CtestEXCEL_95.xls\u201D is in the old Excel 5.0/95 format")
                    .hasMessageContaining("choose File > Save As, pick \"Excel Workbook (.xlsx)\", and choose the new file.");
        }
    }

    @Test
    void uncalcedRecordOpensWithItsStaleCachedValue() throws Exception {
        try (TableSource source = XlsTableSource.open(files.resolve("UncalcedRecord.xls"), ReadOptions.DETECT)) {
            Row row = readFirstSheet(source).getFirst();
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.cell(2).kind()).isEqualTo(Cell.Kind.NUMBER);
            assertThat(row.text(2)).as("the template's cached 0, not a recalculated value").isEqualTo("0");
        }
    }

    @Test
    void readingCorpusFilesLeavesThemUntouched() throws Exception {
        for (String name : COVERED) {
            Path file = files.resolve(name);
            byte[] before = Files.readAllBytes(file);
            FileTime modified = Files.getLastModifiedTime(file);
            ReadOptions options = name.equals("password.xls") ? ReadOptions.DETECT.withPassword("password".toCharArray())
                    : name.startsWith("xor") ? ReadOptions.DETECT.withPassword("abc".toCharArray()) : ReadOptions.DETECT;
            try (TableSource source = XlsTableSource.open(file, options)) {
                for (SheetInfo sheet : source.sheets()) {
                    readAll(source, sheet);
                }
            } catch (SourceException expectedForSome) {
                assertThat(name).isEqualTo("testEXCEL_95.xls");
            }
            assertThat(Files.readAllBytes(file)).as(name).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(file)).as(name).isEqualTo(modified);
        }
    }
}
