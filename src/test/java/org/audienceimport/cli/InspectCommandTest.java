package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void jsonDescribesATextFile() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, "Contacts export\n\nE-mail;Mobile;Loyalty ID\nann@example.com;79123456789;000001234567\n"
                + "bob@example.com;79123456780;000001234568\n", StandardCharsets.UTF_8);

        assertThat(run("inspect", csv.toString(), "--json")).isEqualTo(ExitCodes.OK);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("csv");
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(json.get("delimiter").asText()).isEqualTo(";");
        assertThat(json.has("sheets")).isFalse();
        assertThat(json.get("header_row").asInt()).isEqualTo(3);
        assertThat(json.get("rows").asInt()).isEqualTo(2);
        assertThat(json.at("/columns/0/letter").asText()).isEqualTo("A");
        assertThat(json.at("/columns/0/header").asText()).isEqualTo("E-mail");
        assertThat(json.at("/columns/2/samples/0").asText()).isEqualTo("000001234567");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonDescribesAWorkbookWithItsSheets() throws Exception {
        Path xlsx = dir.resolve("book.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Old");
            XSSFSheet contacts = workbook.createSheet("Contacts");
            contacts.createRow(0).createCell(0).setCellValue("Phone");
            contacts.createRow(1).createCell(0).setCellValue(4400114527199d);
            contacts.createRow(2).createCell(0).setCellValue(100500.0);
            workbook.setSheetHidden(0, true);
            workbook.write(stream);
        }

        assertThat(run("inspect", xlsx.toString(), "--json")).isEqualTo(ExitCodes.OK);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("xlsx");
        assertThat(json.at("/sheets/0/name").asText()).isEqualTo("Old");
        assertThat(json.at("/sheets/0/hidden").asBoolean()).isTrue();
        assertThat(json.get("sheet").asText()).isEqualTo("Contacts");
        assertThat(json.at("/columns/0/samples/0").asText()).isEqualTo("4400114527199");
        assertThat(json.at("/columns/0/samples/1").asText()).isEqualTo("100500");
        assertThat(json.has("encoding")).isFalse();
    }

    @Test
    void theTextSummaryNamesColumnsAndRows() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "Email,Phone\na@b.com,1\nc@d.com,2\n");
        assertThat(run("inspect", csv.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Header row:  1").contains("Data rows:   2").contains("A   Email");
    }

    @Test
    void anUnreadableFileExitsWithTwoAndAPlainMessage() {
        assertThat(run("inspect", dir.resolve("nope.xlsx").toString(), "--json")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("\u201Cnope.xlsx\u201D").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWrongOptionValueExitsWithTwo() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "Email\na@b.com\n");
        assertThat(run("inspect", csv.toString(), "--delimiter", "#")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Unknown delimiter");
        assertThat(run("inspect", csv.toString(), "--encoding", "klingon-8")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("inspect")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Audience Import ");
        assertThat(run("inspect", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--json").contains("Exit codes");
    }
}
