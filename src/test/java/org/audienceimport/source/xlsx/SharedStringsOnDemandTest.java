package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared-string part is read only as far as the cells read so far refer to it. */
class SharedStringsOnDemandTest {

    private static final int STRINGS = 100_000;
    private static final int ROWS = STRINGS / 2;

    @TempDir
    Path dir;

    private static String text(int index) {
        return index % 3 == 0 ? "user" + index + "@example.com" : "\u041C\u0430\u0440\u0438\u044F " + index;
    }

    /** Strings numbered in order of first use, two to a row, after a header row: as Excel writes them. */
    private Path contactsInFirstUseOrder(String name) throws Exception {
        StringBuilder items = new StringBuilder("<si><t>email</t></si><si><t>name</t></si>");
        for (int i = 0; i < STRINGS; i++) {
            items.append("<si><t>").append(text(i)).append("</t></si>");
        }
        return new HandMadeXlsx().sharedStrings(items.toString()).sheetData(out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int row = 0; row < ROWS; row++) {
                out.write(("<row r=\"" + (row + 2) + "\"><c t=\"s\"><v>" + (2 * row + 2) + "</v></c><c t=\"s\"><v>"
                        + (2 * row + 3) + "</v></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
        }).write(dir.resolve(name));
    }

    @Test
    void theFirstRowsParseOnlyTheStringsTheyReferTo() throws Exception {
        Path file = contactsInFirstUseOrder("contacts.xlsx");
        try (XlsxTableSource source = (XlsxTableSource) TableSources.open(file, ReadOptions.DETECT)) {
            assertThat(source.sharedStringsParsed()).isZero();
            try (RowReader rows = source.rows(source.sheets().getFirst())) {
                for (int i = 0; i < 5; i++) {
                    rows.next();
                }
                assertThat(source.sharedStringsParsed()).isEqualTo(2 + 2 * 4);
            }
        }
    }

    @Test
    void theWizardsFirstStepReadsABoundedPrefixOfTheTable() throws Exception {
        Path file = contactsInFirstUseOrder("contacts.xlsx");
        try (XlsxTableSource source = (XlsxTableSource) TableSources.open(file, ReadOptions.DETECT)) {
            // What the first step does: choose the sheet, detect the header, take a preview's rows.
            SheetInfo sheet = SheetChooser.choose(source, Optional.empty(), "contacts.xlsx");
            List<Row> preview = new ArrayList<>();
            try (SheetTable table = SheetTable.open(source, sheet, OptionalInt.empty())) {
                assertThat(table.headerRow()).isEqualTo(1);
                assertThat(table.columns()).extracting(c -> c.header()).containsExactly("email", "name");
                while (preview.size() < 50) {
                    preview.add(table.nextDataRow());
                }
            }

            assertThat(preview.get(49).text(0)).isEqualTo(text(98));
            assertThat(preview.get(49).text(1)).isEqualTo(text(99));
            assertThat(source.sharedStringsParsed()).isLessThan(STRINGS / 50);
        }
    }

    @Test
    void aFullReadStillGivesEveryString() throws Exception {
        Path file = contactsInFirstUseOrder("contacts.xlsx");
        List<Row> rows = XlsxFixtures.rows(file, 0);

        assertThat(rows).hasSize(ROWS + 1);
        for (int row = 0; row < ROWS; row += 997) {
            assertThat(XlsxFixtures.texts(rows.get(row + 1))).containsExactly(text(2 * row), text(2 * row + 1));
        }
        assertThat(XlsxFixtures.texts(rows.getLast())).containsExactly(text(STRINGS - 2), text(STRINGS - 1));
    }

    @Test
    void cellsReferringToStringsOutOfOrderOrBeyondTheTableAreReadAsBefore() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            items.append("<si><t>s").append(i).append("</t></si>");
        }
        Path file = new HandMadeXlsx().sharedStrings(items.toString()).sheetData(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>999</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>500</v></c><c r=\"B2\" t=\"s\"><v>1000</v></c>"
                        + "<c r=\"C2\" t=\"s\"><v>7</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\" t=\"s\"><v>998</v></c></row>")
                .write(dir.resolve("order.xlsx"));

        XlsxFixtures.Sheet sheet = XlsxFixtures.read(file, 0, ReadOptions.DETECT);

        assertThat(sheet.rows()).extracting(XlsxFixtures::texts).containsExactly(
                List.of("s999", "s0"), List.of("s500", "s7"), List.of("s3", "s998"));
        assertThat(sheet.rows().get(1).cell(1).isEmpty()).isTrue();
        assertThat(sheet.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("MISSING_SHARED_TEXT");
            assertThat(w.row()).isEqualTo(2);
        });
    }

    @Test
    void aLateStringInAnEarlyRowIsReadWhileAnotherReaderIsHalfWayThrough() throws Exception {
        Path file = contactsInFirstUseOrder("contacts.xlsx");
        try (XlsxTableSource source = (XlsxTableSource) TableSources.open(file, ReadOptions.DETECT)) {
            SheetInfo sheet = source.sheets().getFirst();
            try (RowReader first = source.rows(sheet); RowReader second = source.rows(sheet)) {
                first.next();
                Row early = first.next();
                for (int i = 0; i < 1000; i++) {
                    second.next();
                }
                Row later = second.next();

                assertThat(XlsxFixtures.texts(early)).containsExactly(text(0), text(1));
                assertThat(XlsxFixtures.texts(later)).containsExactly(text(2 * 999), text(2 * 999 + 1));
                assertThat(XlsxFixtures.texts(first.next())).containsExactly(text(2), text(3));
                assertThat(source.sharedStringsParsed()).isEqualTo(2 + 2 * 1000);
            }
        }
    }

    @Test
    void closingASourceWhoseStringsAreHalfReadLeavesNoFileOpen() throws Exception {
        Path file = contactsInFirstUseOrder("contacts.xlsx");
        long before = OpenFiles.count();
        for (int i = 0; i < 20; i++) {
            try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
                 RowReader rows = source.rows(source.sheets().getFirst())) {
                rows.next();
                rows.next();
            }
        }
        assertThat(OpenFiles.count()).isLessThanOrEqualTo(before + 2);
    }

    @Test
    void anEncryptedWorkbookIsReadOnDemandToo() throws Exception {
        Path plain = contactsInFirstUseOrder("plain.xlsx");
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        ReadOptions options = ReadOptions.DETECT.withPassword("s3cret".toCharArray());
        try (XlsxTableSource source = (XlsxTableSource) TableSources.open(encrypted, options);
             RowReader rows = source.rows(source.sheets().getFirst())) {
            rows.next();
            assertThat(XlsxFixtures.texts(rows.next())).containsExactly(text(0), text(1));
            assertThat(source.sharedStringsParsed()).isEqualTo(4);
        }
        List<Row> all = XlsxFixtures.read(encrypted, 0, options).rows();
        assertThat(XlsxFixtures.texts(all.getLast())).containsExactly(text(STRINGS - 2), text(STRINGS - 1));
    }

    @Test
    void aStringTooLongIsRefusedWhenACellFirstAsksForIt() throws Exception {
        Path file = new HandMadeXlsx().sharedStrings("<si><t>fine</t></si><si><t>" + "x".repeat(XmlParts.MAX_CELL_TEXT + 1)
                        + "</t></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>")
                .write(dir.resolve("long.xlsx"));
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT);
             RowReader rows = source.rows(source.sheets().getFirst())) {
            assertThat(rows.next().text(0)).isEqualTo("fine");
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(SourceException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                assertThat(e.getMessage()).contains("refused to protect this computer").contains("32,767");
            });
        }
        // Another pass over the same source is told the same, not given a half-read table.
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            SheetInfo sheet = source.sheets().getFirst();
            try (RowReader rows = source.rows(sheet)) {
                rows.next();
                assertThatThrownBy(rows::next).isInstanceOf(SourceException.class);
            }
            try (RowReader rows = source.rows(sheet)) {
                assertThat(rows.next().text(0)).isEqualTo("fine");
                assertThatThrownBy(rows::next).isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
            }
        }
    }
}
