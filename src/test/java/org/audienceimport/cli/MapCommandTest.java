package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MapCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void suggestsAMappingFileThatReadsBack() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, "Customers 2026\n\nE-mail;Mobile;Пол;Notes\nann@example.com;79123456789;ж;VIP\n"
                + "bob@example.com;79123456780;м;\n");
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "map", csv.toString(), "--json");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("sheet").asText()).isEqualTo("contacts");
        assertThat(json.get("header_row").asInt()).isEqualTo(3);
        assertThat(json.at("/columns/E-mail").asText()).isEqualTo("email");
        assertThat(json.at("/columns/Mobile").asText()).isEqualTo("phone");
        assertThat(json.at("/columns/Пол").asText()).isEqualTo("gender");
        assertThat(json.at("/columns").has("Notes")).isFalse();
        assertThat(json.at("/confidence/E-mail").asDouble()).isBetween(0.9, 1.0);
        assertThat(json.at("/constants/email_transactional").asBoolean()).isTrue();

        Mapping mapping = new MappingJson(FieldCatalog.standard()).parse(out.toString(), "map output");
        assertThat(mapping.columns()).hasSize(3);
    }

    @Test
    void theTextFormShowsEachColumnsTarget() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "Email,Remarks\na@b.com,x\nc@d.com,y\n");
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "map", csv.toString())).isZero();
        assertThat(out.toString()).contains("Email").contains("-> email").contains("Remarks").contains("not imported");
    }
}
