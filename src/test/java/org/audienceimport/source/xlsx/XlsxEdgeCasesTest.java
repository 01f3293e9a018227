package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.audienceimport.source.Cell.Kind;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML that POI's writers never produce, but other programs do. */
class XlsxEdgeCasesTest {

    @TempDir
    Path dir;

    @Test
    void rowsAndCellsWithoutReferencesAreCounted() throws Exception {
        Path file = new HandMadeXlsx().sheetData(
                "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><t>c</t></is></c><c><v>2</v></c></row>"
                        + "<row><c r=\"B6\" t=\"str\"><v>next</v></c></row>")
                .write(dir.resolve("norefs.xlsx"));

        List<Row> rows = XlsxFixtures.rows(file, 0);

        assertThat(rows).extracting(Row::number).containsExactly(1, 5, 6);
        assertThat(XlsxFixtures.texts(rows.get(0))).containsExactly("a", "1");
        assertThat(rows.get(1).text(2)).isEqualTo("c");
        assertThat(rows.get(1).text(3)).isEqualTo("2");
        assertThat(rows.get(2).text(1)).isEqualTo("next");
    }

    @Test
    void sharedStringsJoinRichTextRunsLeaveOutPhoneticGuidesAndDecodeEscapes() throws Exception {
        Path file = new HandMadeXlsx()
                .sharedStrings("<si><r><t>Ma</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">rie </t></r><r><t>Curie</t></r></si>"
                        + "<si><t>\u7530\u4E2D</t><rPh sb=\"0\" eb=\"2\"><t>\u30BF\u30CA\u30AB</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><t>line1_x000D_\nline2</t></si>"
                        + "<si><t>keep _x005F_x000D_ literally</t></si>"
                        + "<si><t>0042</t></si>"
                        + "<si><t>cr&#13;kept</t></si>")
                .sheetData("<row r=\"1\">" + sharedCells(6) + "</row>")
                .write(dir.resolve("rich.xlsx"));

        Row row = XlsxFixtures.rows(file, 0).getFirst();

        assertThat(row.text(0)).isEqualTo("Marie Curie");
        assertThat(row.text(1)).isEqualTo("\u7530\u4E2D");
        assertThat(row.text(2)).isEqualTo("line1\r\nline2");
        assertThat(row.text(3)).isEqualTo("keep _x000D_ literally");
        assertThat(row.text(4)).isEqualTo("0042");
        assertThat(row.text(5)).isEqualTo("cr\rkept");
    }

    @Test
    void inlineRichTextAndIsoDateCells() throws Exception {
        Path file = new HandMadeXlsx()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>", "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>")
                .sheetData("<row r=\"2\">"
                        + "<c r=\"A2\" t=\"inlineStr\"><is><r><t>Jo</t></r><r><t>hn</t></r><rPh><t>x</t></rPh></is></c>"
                        + "<c r=\"B2\" t=\"d\" s=\"1\"><v>2021-03-04T05:06:07</v></c>"
                        + "<c r=\"C2\" t=\"d\"><v>2021-03-04</v></c>"
                        + "<c r=\"D2\" t=\"b\"><v>0</v></c>"
                        + "</row>")
                .write(dir.resolve("inline.xlsx"));

        Row row = XlsxFixtures.rows(file, 0).getFirst();

        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text(0)).isEqualTo("John");
        assertThat(row.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2021, 3, 4, 5, 6, 7));
        assertThat(row.cell(1).formatted()).isEqualTo("04/03/2021");
        assertThat(row.text(2)).isEqualTo("2021-03-04");
        assertThat(row.cell(3).kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(row.text(3)).isEqualTo("FALSE");
    }

    @Test
    void customNumberFormatsGiveTheTextExcelShows() throws Exception {
        Path file = new HandMadeXlsx().date1904()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"00000\"/>",
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"11\"/>")
                .sheetData("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>4001</v></c><c r=\"B1\" s=\"2\"><v>0</v></c>"
                        + "<c r=\"C1\" s=\"3\"><v>4400114527199</v></c><c r=\"D1\" s=\"9\"><v>12.5</v></c></row>")
                .write(dir.resolve("formats.xlsx"));

        Row row = XlsxFixtures.rows(file, 0).getFirst();

        assertThat(row.text(0)).isEqualTo("04001");
        assertThat(row.cell(0).number()).isEqualByComparingTo("4001");
        assertThat(row.text(1)).as("serial 0 in the 1904 system").isEqualTo("1904-01-01");
        assertThat(row.text(2)).as("scientific format keeps the full number").isEqualTo("4400114527199");
        assertThat(row.cell(2).formatted()).isEqualTo("4.40E+12");
        assertThat(row.text(3)).as("a style index beyond cellXfs is General").isEqualTo("12.5");
    }

    @Test
    void errorsBecomeEmptyCellsWithAWarningAndBadReferencesToo() throws Exception {
        Path file = new HandMadeXlsx().sharedStrings("<si><t>only</t></si>")
                .sheetData("<row r=\"7\"><c r=\"B7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"C7\" t=\"s\"><v>5</v></c>"
                        + "<c r=\"D7\" t=\"s\"><v>0</v></c></row>")
                .write(dir.resolve("errors.xlsx"));

        XlsxFixtures.Sheet sheet = XlsxFixtures.read(file, 0, ReadOptions.DETECT);

        Row row = sheet.rows().getFirst();
        assertThat(row.cell(1).errorCode()).isEqualTo("#DIV/0!");
        assertThat(row.cell(1).isEmpty()).isTrue();
        assertThat(row.cell(2).kind()).isEqualTo(Kind.BLANK);
        assertThat(row.text(3)).isEqualTo("only");
        assertThat(sheet.warnings()).extracting(w -> w.column() + w.row() + " " + w.code())
                .containsExactly("B7 ERROR_CELL", "C7 MISSING_SHARED_TEXT");
        assertThat(sheet.warnings().getFirst().message()).isEqualTo("Cell B7 shows the error #DIV/0!; it is read as empty");
    }

    @Test
    void strictWorkbooksReadLikeTransitionalOnes() throws Exception {
        Path file = new HandMadeXlsx(true).sharedStrings("<si><t>strict</t></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>3.5</v></c></row>")
                .write(dir.resolve("strict.xlsx"));

        Row row = XlsxFixtures.rows(file, 0).getFirst();

        assertThat(row.text(0)).isEqualTo("strict");
        assertThat(row.text(1)).isEqualTo("3.5");
    }

    @Test
    void aMillionEmptyFormattedRowsAtTheEndAreSkippedInsideTheParser() throws Exception {
        Path file = new HandMadeXlsx().styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"0\"/>")
                .sheetData(out -> {
                    out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>head</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
                    out.write("<row r=\"2\"><c r=\"A2\"><v>42</v></c></row>".getBytes(StandardCharsets.UTF_8));
                    StringBuilder chunk = new StringBuilder();
                    for (int r = 3; r <= 1_048_576; r++) {
                        chunk.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\">");
                        if (r % 2 == 0) {
                            chunk.append("<c r=\"A").append(r).append("\" s=\"1\"/>");
                        }
                        chunk.append("</row>");
                        if (chunk.length() > 1 << 16) {
                            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                            chunk.setLength(0);
                        }
                    }
                    out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                })
                .write(dir.resolve("padded.xlsx"));

        // Speed is the benchmark's business; here: no Row is made for the million empty ones.
        List<Row> rows = XlsxFixtures.rows(file, 0);

        assertThat(rows).extracting(Row::number).containsExactly(1, 2);
    }

    @Test
    void documentTypeDeclarationsAreRefusedWherever() throws Exception {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>&b;</t></si></sst>";
        Path inStrings = new HandMadeXlsx().rawSharedStrings(bomb)
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").write(dir.resolve("bomb.xlsx"));
        assertRefused(inStrings, Problem.TOO_LARGE, "XML bomb");

        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"file:///etc/passwd\">"
                + "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>x</t></si></sst>";
        Path xxe = new HandMadeXlsx().rawSharedStrings(external)
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").write(dir.resolve("xxe.xlsx"));
        assertRefused(xxe, Problem.TOO_LARGE, "refused to protect this computer");
    }

    @Test
    void partsThatInflateLikeAZipBombAreRefused() throws Exception {
        Path file = new HandMadeXlsx().sheetData(out -> {
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400; i++) {
                out.write(spaces);
            }
        }).write(dir.resolve("zipbomb.xlsx"));

        assertRefused(file, Problem.TOO_LARGE, "zip bomb");
    }

    @Test
    void aCellBeyondExcelsLastColumnIsDamage() throws Exception {
        Path file = new HandMadeXlsx().sheetData("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>").write(dir.resolve("far.xlsx"));
        assertRefused(file, Problem.DAMAGED, "\u201CData\u201D");
    }

    @Test
    void binaryWorkbooksAreToldApart() throws Exception {
        Path file = dir.resolve("binary.xlsb");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.bin\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {(byte) 0x83, 0x01, 0x00});
        }
        assertRefused(file, Problem.UNSUPPORTED_FORMAT, ".xlsb");
    }

    private static void assertRefused(Path file, Problem problem, String messagePart) {
        assertThatThrownBy(() -> XlsxFixtures.rows(file, 0))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).contains(messagePart).contains(TableSources.quoted(file));
                });
    }

    private static String sharedCells(int count) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < count; i++) {
            cells.append("<c t=\"s\"><v>").append(i).append("</v></c>");
        }
        return cells.toString();
    }
}
