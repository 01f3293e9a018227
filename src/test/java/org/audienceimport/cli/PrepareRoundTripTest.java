package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** From a spreadsheet through validate and prepare to the exact request bodies, as a user runs them. */
class PrepareRoundTripTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path workbook() throws Exception {
        Path file = dir.resolve("contacts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Contacts");
            sheet.createRow(0).createCell(0).setCellValue("Customer list, exported 2026-11-01");
            header(sheet.createRow(2), "E-mail", "Mobile", "Name", "Birthday", "Bonuses", "Loyalty ID", "Car", "Tags", "Ignored");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            XSSFRow ann = sheet.createRow(3);
            ann.createCell(0).setCellValue("Ann@Example.com");
            ann.createCell(1).setCellValue(79123456789d);
            ann.createCell(2).setCellValue("Ann");
            ann.createCell(3).setCellValue(LocalDate.of(1990, 3, 11));
            ann.getCell(3).setCellStyle(date);
            ann.createCell(4).setCellValue(1123.0);
            ann.createCell(5).setCellValue("000001234567");
            ann.createCell(6).setCellValue("Nissan");
            ann.createCell(7).setCellValue("vip; early");
            ann.createCell(8).setCellValue("not sent");
            XSSFRow noId = sheet.createRow(5);
            noId.createCell(0).setCellValue("nobody");
            noId.createCell(2).setCellValue("Ghost");
            XSSFRow bob = sheet.createRow(6);
            bob.createCell(1).setCellValue("+7 (912) 345-67-80");
            bob.createCell(2).setCellValue("Bob");
            bob.createCell(3).setCellValue("31.02.1985");
            workbook.write(stream);
        }
        return file;
    }

    private static void header(XSSFRow row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private Path mapping() throws Exception {
        Path file = dir.resolve("mapping.json");
        Files.writeString(file, """
                {"segment_id": 146, "phone_region": "RU", "date_order": "DMY",
                 "columns": {"E-mail": "email", "Mobile": "phone", "Name": "first_name", "Birthday": "birthday",
                             "Bonuses": "loyalty_bonuses", "Loyalty ID": "loyalty_id", "Car": "auto[0].brand",
                             "Tags": {"custom": "tags", "type": "array", "separator": ";"}},
                 "constants": {"email_transactional": true}}
                """);
        return file;
    }

    @Test
    void prepareWritesTheExactObjects() throws Exception {
        Path out = dir.resolve("upload");
        int exit = run("prepare", workbook().toString(), "--mapping", mapping().toString(), "--out", out.toString(), "--json");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.SOME_EXCLUDED);
        JsonNode summary = json.readTree(this.out.toString());
        assertThat(summary.get("rows").asInt()).isEqualTo(3);
        assertThat(summary.get("to_send").asInt()).isEqualTo(2);
        assertThat(summary.get("excluded").asInt()).isEqualTo(1);
        assertThat(summary.get("header_row").asInt()).isEqualTo(3);

        List<Path> batches;
        try (Stream<Path> files = Files.list(out)) {
            batches = files.filter(p -> p.getFileName().toString().startsWith("batch-")).sorted().toList();
        }
        assertThat(batches).hasSize(1);
        JsonNode body = json.readTree(batches.getFirst().toFile());
        assertThat(body).isEqualTo(json.readTree("""
                {"segment_id": 146, "audience": [
                  {"email": "ann@example.com", "phone": "79123456789", "first_name": "Ann", "birthday": "1990-03-11",
                   "loyalty_bonuses": 1123, "loyalty_id": "000001234567", "tags": ["vip", "early"],
                   "auto": [{"brand": "Nissan"}], "email_transactional": true},
                  {"phone": "79123456780", "first_name": "Bob", "email_transactional": true}
                ]}
                """));
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.toString()).contains("contacts.xlsx").doesNotContain("shop_secret");
        assertThat(Files.exists(out.resolve("objects.spool.tmp"))).isFalse();
    }

    @Test
    void validateReportsEveryProblemWithItsPlace() throws Exception {
        Path report = dir.resolve("problems.csv");
        int exit = run("validate", workbook().toString(), "--mapping", mapping().toString(), "--json", "--report", report.toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_EXCLUDED);
        JsonNode result = json.readTree(out.toString());
        assertThat(result.get("rows").asInt()).isEqualTo(3);
        assertThat(result.get("to_send").asInt()).isEqualTo(2);
        assertThat(result.get("excluded").asInt()).isEqualTo(1);
        assertThat(result.get("duplicates").asInt()).isZero();
        JsonNode issues = result.get("issues");
        assertThat(issues.findValuesAsText("code")).contains("email_invalid", "no_identifier", "date_invalid");
        JsonNode dateIssue = issues.findParents("code").stream().filter(n -> n.get("code").asText().equals("date_invalid"))
                .findFirst().orElseThrow();
        assertThat(dateIssue.get("row").asInt()).isEqualTo(7);
        assertThat(dateIssue.get("column").asText()).isEqualTo("Birthday");
        assertThat(dateIssue.get("value").asText()).isEqualTo("31.02.1985");
        assertThat(dateIssue.get("severity").asText()).isEqualTo("warning");
        assertThat(Files.readString(report)).contains("Ghost").contains("31.02.1985");
    }

    @Test
    void aCleanFileExitsWithZero() throws Exception {
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "Email\na@b.com\n");
        Path map = dir.resolve("m.json");
        Files.writeString(map, "{\"columns\": {\"Email\": \"email\"}}");
        assertThat(run("validate", csv.toString(), "--mapping", map.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Contacts to send:   1");
    }

    @Test
    void aBrokenMappingExitsWithTwoAndSaysWhy() throws Exception {
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "Email\na@b.com\n");
        Path map = dir.resolve("m.json");
        Files.writeString(map, "{\"columns\": {\"Email\": \"emial\"}}");
        assertThat(run("validate", csv.toString(), "--mapping", map.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Did you mean \u201Cemail\u201D?");
        assertThat(run("prepare", csv.toString(), "--mapping", dir.resolve("none.json").toString(), "--out", dir.resolve("o").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void prepareTwiceGivesTheSameBytes() throws Exception {
        Path file = workbook();
        Path map = mapping();
        run("prepare", file.toString(), "--mapping", map.toString(), "--out", dir.resolve("a").toString());
        run("prepare", file.toString(), "--mapping", map.toString(), "--out", dir.resolve("b").toString());
        for (String name : List.of("manifest.json", "batch-00001.json")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(name))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
        }
    }
}
