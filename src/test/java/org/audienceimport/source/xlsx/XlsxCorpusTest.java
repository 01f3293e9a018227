package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.audienceimport.source.Cell.Kind;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.testsupport.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Apache POI spreadsheet corpus: expectations from its FILES.tsv and expected-text files. */
class XlsxCorpusTest {

    /** Files that must be refused, and how; every other .xlsx in the corpus must read completely. */
    private static final Map<String, Problem> REFUSED = Map.of(
            "invalid.xlsx", Problem.DAMAGED,
            "xlsx-corrupted.xlsx", Problem.DAMAGED,
            "poc-xmlbomb.xlsx", Problem.TOO_LARGE,
            "poc-shared-strings.xlsx", Problem.TOO_LARGE,
            "protected_passtika.xlsx", Problem.PASSWORD_REQUIRED);

    @TempDir
    Path dir;

    private static Path file(String name) {
        return Corpora.require("apache-poi-spreadsheets").resolve("files").resolve(name);
    }

    @Test
    void everyXlsxInTheCorpusReadsCompletelyOrIsRefusedWithAClearMessage() throws Exception {
        Path files = Corpora.require("apache-poi-spreadsheets").resolve("files");
        List<Path> workbooks;
        try (Stream<Path> list = Files.list(files)) {
            workbooks = list.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(workbooks).hasSizeGreaterThanOrEqualTo(20);
        long openBefore = OpenFiles.count();
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString();
            long modified = Files.getLastModifiedTime(workbook).toMillis();
            Problem expected = REFUSED.get(name);
            if (expected == null) {
                assertThat(readEverySheet(workbook)).as(name).isGreaterThan(0);
            } else {
                assertThatThrownBy(() -> readEverySheet(workbook)).as(name)
                        .isInstanceOfSatisfying(SourceException.class, e -> {
                            assertThat(e.problem()).as(name).isEqualTo(expected);
                            assertThat(e.getMessage()).as(name).contains("\u201C" + name + "\u201D").doesNotContain("Exception");
                        });
            }
            assertThat(Files.getLastModifiedTime(workbook).toMillis()).as(name).isEqualTo(modified);
        }
        assertThat(OpenFiles.count()).isLessThanOrEqualTo(openBefore + 2);
    }

    @Test
    void sampleWorkbookTransitionalAndStrictShowTheTextExportsContent() throws Exception {
        Map<String, List<List<String>>> expected = sampleText(file("SampleSS.txt"));
        for (String name : List.of("SampleSS.xlsx", "SampleSS.strict.xlsx")) {
            try (TableSource source = TableSources.open(file(name), ReadOptions.DETECT)) {
                // The text export leaves out the empty third sheet.
                assertThat(source.sheets()).extracting(SheetInfo::name).as(name)
                        .containsExactly("First Sheet", "Sheet Number 2", "Sheet3");
                for (SheetInfo sheet : source.sheets()) {
                    List<List<String>> values = new ArrayList<>();
                    try (RowReader rows = source.rows(sheet)) {
                        for (Row row = rows.next(); row != null; row = rows.next()) {
                            values.add(XlsxFixtures.texts(row));
                        }
                    }
                    assertThat(values).as(name + " / " + sheet.name()).isEqualTo(expected.getOrDefault(sheet.name(), List.of()));
                }
            }
        }
    }

    @Test
    void realContactExportKeepsLeadingZerosAndPhonesAsText() throws Exception {
        Row row = rowNumbered(XlsxFixtures.rows(file("51626_contact.xlsx"), 0), 3);
        assertThat(XlsxFixtures.texts(row)).containsSubsequence("Frank2", "McKee", "04001", "999-999-5555", "george@nope.com");

        List<Row> rows = XlsxFixtures.rows(file("64667.xlsx"), 0);
        assertThat(rows.get(1).text(1)).isEqualTo("04656-2020");
        assertThat(rows.get(1).text(5)).isEqualTo("0630996510285");
        assertThat(rows.get(1).cell(2).kind()).isEqualTo(Kind.NUMBER);
        assertThat(rows.get(1).text(2)).isEqualTo("43990");
    }

    @Test
    void workbookWithoutSharedStringsReadsItsDateAndNumber() throws Exception {
        Row row = XlsxFixtures.rows(file("noSharedStringTable.xlsx"), 0).getFirst();
        assertThat(row.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2006, 4, 12, 0, 0));
        assertThat(row.text(0)).isEqualTo("2006-04-12");
        assertThat(row.cell(1).number()).isEqualByComparingTo("123");
    }

    @Test
    void inlineStringsMixWithSharedStringsAndCachedFormulaResults() throws Exception {
        List<Row> rows = XlsxFixtures.rows(file("InlineStrings.xlsx"), 0);
        List<String> all = rows.stream().flatMap(r -> XlsxFixtures.texts(r).stream()).toList();
        assertThat(all).contains("1st Inline String", "And More", "ABCDE", "Long Text", "43", "22");
        assertThat(rowNumbered(rows, 2).text(3)).isEqualTo("12");
        assertThat(rowNumbered(rows, 3).text(3)).isEqualTo("44");
    }

    @Test
    void hiddenSheetIsFlagged() throws Exception {
        XlsxFixtures.Sheet sheet = XlsxFixtures.read(file("TwoSheetsOneHidden.xlsx"), 0, ReadOptions.DETECT);
        assertThat(sheet.sheets()).containsExactly(new SheetInfo("Sheet1", true, 0), new SheetInfo("Sheet2", false, 1));
        assertThat(sheet.rows().getFirst().text(0)).isEqualTo("Sheet1A1");
        assertThat(XlsxFixtures.rows(file("TwoSheetsOneHidden.xlsx"), 1).getFirst().text(0)).isEqualTo("Sheet2A1");
    }

    @Test
    void millionFormattedEmptyRowsAreSkipped() throws Exception {
        List<Row> rows = XlsxFixtures.rows(file("60384.xlsx"), 0);
        assertThat(rows).hasSizeLessThan(20);
        assertThat(rows.getLast().number()).isLessThan(100);
    }

    @Test
    void sixteenThousandColumnsAndBeyondTheBmp() throws Exception {
        List<Row> wide = XlsxFixtures.rows(file("53105.xlsx"), 0);
        assertThat(wide.getFirst().width()).isEqualTo(16_384);
        assertThat(wide.getFirst().filledCount()).isEqualTo(16_384);
        assertThat(wide.get(1).text(0)).isEqualTo("16384");

        String greek = Files.readString(file("54084 - Greek - beyond BMP.txt"), StandardCharsets.UTF_8).strip();
        assertThat(XlsxFixtures.rows(file("54084 - Greek - beyond BMP.xlsx"), 0).getFirst().text(0)).isEqualTo(greek);
    }

    @Test
    void formulaStringCellsWithoutFormulasAreText() throws Exception {
        List<Row> rows = XlsxFixtures.rows(file("bug66675.xlsx"), 0);
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows.getFirst().text(1)).isEqualTo("Report ID : WGT-D01");
    }

    @Test
    void encryptedWorkbooksAskForTheirPasswordAndOpenWithIt() throws Exception {
        Path tika = file("protected_passtika.xlsx");
        assertThatThrownBy(() -> TableSources.open(tika, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PASSWORD_REQUIRED);
                    assertThat(e.getMessage()).isEqualTo("\u201Cprotected_passtika.xlsx\u201D is protected by a password. "
                            + "Enter the password that opens it in Excel (command line: --password).");
                });
        assertThatThrownBy(() -> TableSources.open(tika, ReadOptions.DETECT.withPassword("Tika".toCharArray())))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PASSWORD_WRONG);
                    assertThat(e.getMessage()).contains("not right").contains("Caps Lock").doesNotContain("Tika");
                });

        XlsxFixtures.Sheet sheet = XlsxFixtures.read(tika, 0, ReadOptions.DETECT.withPassword("tika".toCharArray()));
        assertThat(sheet.rows().getFirst().text(0)).isEqualTo("This is an Encrypted Excel spreadsheet.");
    }

    @Test
    void workbookEncryptedWithExcelsDefaultPasswordOpensWithoutAsking() throws Exception {
        XlsxFixtures.Sheet sheet = XlsxFixtures.read(file("protect.xlsx"), 0, ReadOptions.DETECT);
        assertThat(sheet.sheets().getFirst().name()).isEqualTo("\u041B\u0438\u0441\u04421");
        assertThat(sheet.rows().getFirst().text(1)).startsWith("\u041F\u0440\u0438 \u0437\u0430\u043F\u0443\u0441\u043A\u0435");
    }

    @Test
    void structureProtectionIsNotEncryption() throws Exception {
        assertThat(XlsxFixtures.rows(file("workbookProtection-workbook_password-2013.xlsx"), 0).getFirst().text(0))
                .isEqualTo("testcontent");
    }

    @Test
    void damagedAndTruncatedPackagesAreReportedAsDamagedEvenWhenOpenedDirectly() throws Exception {
        for (String name : List.of("invalid.xlsx", "xlsx-corrupted.xlsx")) {
            assertThatThrownBy(() -> XlsxTableSource.open(file(name), ReadOptions.DETECT)).as(name)
                    .isInstanceOfSatisfying(SourceException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
                        assertThat(e.getMessage()).contains("is damaged").contains("Get a fresh copy").contains("Excel");
                    });
        }
        byte[] whole = Files.readAllBytes(file("SampleSS.xlsx"));
        for (int length : new int[] {whole.length / 2, whole.length - 30, 100}) {
            Path cut = Files.write(dir.resolve("cut" + length + ".xlsx"), java.util.Arrays.copyOf(whole, length));
            assertThatThrownBy(() -> XlsxTableSource.open(cut, ReadOptions.DETECT)).as("cut at %d", length)
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
            assertThatThrownBy(() -> TableSources.open(cut, ReadOptions.DETECT)).as("cut at %d", length)
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        }
    }

    @Test
    void bombsAreRefusedToProtectTheComputer() {
        assertThatThrownBy(() -> TableSources.open(file("poc-xmlbomb.xlsx"), ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                    assertThat(e.getMessage()).contains("refused to protect this computer").contains("XML bomb");
                });
        // Shared strings are read when a cell first asks for one, so this one is refused at the first row.
        assertThatThrownBy(() -> readEverySheet(file("poc-shared-strings.xlsx")))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                    assertThat(e.getMessage()).contains("refused to protect this computer").contains("32,767");
                });
    }

    private static long readEverySheet(Path workbook) throws SourceException, IOException {
        long rows = 0;
        try (TableSource source = TableSources.open(workbook, ReadOptions.DETECT)) {
            for (SheetInfo sheet : source.sheets()) {
                try (RowReader reader = source.rows(sheet)) {
                    while (reader.next() != null) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static Row rowNumbered(List<Row> rows, int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    /**
     * SampleSS.txt: document properties, then per sheet a "(name)" line and tab-separated rows. Blank
     * rows carry no values, and the export shows the formula where a reader sees its cached result 13.
     */
    private static Map<String, List<List<String>>> sampleText(Path txt) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            if (line.startsWith("(") && line.endsWith(")")) {
                current = new ArrayList<>();
                sheets.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                List<String> values = Stream.of(line.split("\t")).filter(v -> !v.isEmpty())
                        .map(v -> v.equals("=SUM(A7:C7)") ? "13" : v).toList();
                if (!values.isEmpty()) {
                    current.add(values);
                }
            }
        }
        return sheets;
    }
}
