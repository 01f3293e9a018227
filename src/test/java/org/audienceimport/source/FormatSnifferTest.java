package org.audienceimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatSnifferTest {

    @TempDir
    Path dir;

    @Test
    void workbooksAreKnownByTheirBytesWhateverTheirName() throws IOException {
        Path xlsx = dir.resolve("really-xlsx.csv");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("A").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        Path xls = dir.resolve("really-xls.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("A").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        assertThat(FormatSniffer.sniff(xlsx)).isEqualTo(FormatSniffer.Kind.XLSX);
        assertThat(FormatSniffer.sniff(xls)).isEqualTo(FormatSniffer.Kind.XLS);
    }

    @Test
    void textInAnyCommonEncodingIsText() throws IOException {
        assertThat(sniff("a.xls", "Email,Phone\r\na@b.com,123\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FormatSniffer.Kind.TEXT);
        assertThat(sniff("b.csv", "Почта;Телефон\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FormatSniffer.Kind.TEXT);
        assertThat(sniff("c.csv", "Email\tPhone\n".getBytes(StandardCharsets.UTF_16BE))).isEqualTo(FormatSniffer.Kind.TEXT);
        assertThat(sniff("d.csv", "Имя,Фамилия\n".getBytes(java.nio.charset.Charset.forName("windows-1251")))).isEqualTo(FormatSniffer.Kind.TEXT);
    }

    @Test
    void otherDocumentsAreNamedForWhatTheyAre() throws IOException {
        assertThat(sniff("empty.csv", new byte[0])).isEqualTo(FormatSniffer.Kind.EMPTY);
        assertThat(sniff("doc.xlsx", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FormatSniffer.Kind.PDF);
        assertThat(sniff("page.xls", "<html><body><table><tr><td>1</td></tr></table>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(FormatSniffer.Kind.HTML);
        assertThat(sniff("x.xml", ("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo(FormatSniffer.Kind.XML_SPREADSHEET_2003);
        assertThat(sniff("truncated.xlsx", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                .isEqualTo(FormatSniffer.Kind.DAMAGED_ZIP);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThat(sniff("noise.csv", noise)).isEqualTo(FormatSniffer.Kind.BINARY);
    }

    @Test
    void openDocumentAndPlainZipArchivesAreRecognised() throws IOException {
        Path ods = dir.resolve("sheet.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
        }
        Path zipFile = dir.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(FormatSniffer.sniff(ods)).isEqualTo(FormatSniffer.Kind.ODS);
        assertThat(FormatSniffer.sniff(zipFile)).isEqualTo(FormatSniffer.Kind.OTHER_ZIP);
    }

    @Test
    void unreadableKindsGetAMessageThatSaysWhatToDo() throws IOException {
        Path empty = dir.resolve("contacts.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> TableSources.open(empty, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(SourceException.Problem.EMPTY))
                .hasMessageContaining("\u201Ccontacts.csv\u201D is empty");

        Path pdf = dir.resolve("list.xlsx");
        Files.writeString(pdf, "%PDF-1.4 binary");
        assertThatThrownBy(() -> TableSources.open(pdf, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.problem()).isEqualTo(SourceException.Problem.UNSUPPORTED_FORMAT))
                .hasMessageContaining("PDF").hasMessageContaining(".xlsx or .csv");

        assertThatThrownBy(() -> TableSources.open(dir.resolve("missing.xlsx"), ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(SourceException.Problem.NOT_FOUND))
                .hasMessageContaining("\u201Cmissing.xlsx\u201D");

        assertThatThrownBy(() -> TableSources.open(dir, ReadOptions.DETECT))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.problem()).isEqualTo(SourceException.Problem.NOT_READABLE))
                .hasMessageContaining("is a folder");
    }

    private FormatSniffer.Kind sniff(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return FormatSniffer.sniff(file);
    }
}
