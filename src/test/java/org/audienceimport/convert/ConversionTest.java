package org.audienceimport.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ConversionTest {

    @TempDir
    Path dir;

    private final MappingJson mappings = new MappingJson(FieldCatalog.standard());
    private final List<JsonNode> sent = new ArrayList<>();
    private final List<ConvertedRow> seen = new ArrayList<>();

    private ConversionSummary run(String csv, String mappingJson, boolean strict) throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Mapping mapping = mappings.parse(mappingJson, "test mapping");
        ObjectMapper json = new ObjectMapper();
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            return new Conversion(new ValueNormalisers(), LocalDate.of(2026, 11, 29), strict).run(source, "\u201Ccontacts.csv\u201D",
                    mapping, (row, converted) -> seen.add(converted), dir.resolve("spool.tmp"),
                    (bytes, length, row) -> sent.add(json.readTree(new String(bytes, 0, length, StandardCharsets.UTF_8))));
        }
    }

    @Test
    void rowsBecomeTheContractsObjects() throws Exception {
        ConversionSummary summary = run("""
                E-mail,Mobile,Sex,Born,Bonuses,Car,Car model,Kid DOB,Interests,Subscribed
                " Ann@Example.com ",+44 7400 123456,F,11.03.1990,1 123,Nissan,Qashqai,28.07.2015,"books, music",yes
                """, """
                {"phone_region": "GB", "date_order": "DMY", "columns": {
                  "E-mail": "email", "Mobile": "phone", "Sex": "gender", "Born": "birthday", "Bonuses": "loyalty_bonuses",
                  "Car": "auto[0].brand", "Car model": "auto[0].model", "Kid DOB": "kids[0].birthday",
                  "Interests": {"custom": "interests", "type": "array"}, "Subscribed": "email_bulk"},
                 "constants": {"email_transactional": true}}
                """, false);

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.toSend()).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(object -> assertThat(object).isEqualTo(new ObjectMapper().readTree("""
                {"email": "ann@example.com", "phone": "447400123456", "gender": "f", "birthday": "1990-03-11",
                 "loyalty_bonuses": 1123, "interests": ["books", "music"], "email_bulk": true,
                 "auto": [{"brand": "Nissan", "model": "Qashqai"}], "kids": [{"birthday": "2015-07-28"}],
                 "email_transactional": true}
                """)));
    }

    @Test
    void invalidValuesAreLeftOutAndRowsWithoutIdentifiersExcluded() throws Exception {
        ConversionSummary summary = run("""
                Email,Phone,Gender
                not-an-email,79123456789,x
                also bad,,m
                ann@example.com,,
                """, "{\"phone_region\": \"RU\", \"columns\": {\"Email\": \"email\", \"Phone\": \"phone\", \"Gender\": \"gender\"}}", false);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.toSend()).isEqualTo(2);
        assertThat(summary.excluded()).isEqualTo(1);
        assertThat(sent).extracting(JsonNode::toString)
                .containsExactly("{\"phone\":\"79123456789\"}", "{\"email\":\"ann@example.com\"}");
        ConvertedRow first = seen.getFirst();
        assertThat(first.issues()).extracting(Issue::code).containsExactly("email_invalid", "gender_unknown");
        assertThat(first.issues().getFirst()).satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo("Email");
            assertThat(issue.columnLetter()).isEqualTo("A");
            assertThat(issue.value()).isEqualTo("not-an-email");
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(seen.get(1).excluded()).isTrue();
        assertThat(seen.get(1).issues()).extracting(Issue::code, Issue::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("no_identifier", Severity.ERROR));
    }

    @Test
    void strictModeExcludesEveryRowWithAProblem() throws Exception {
        ConversionSummary summary = run("Email,Gender\na@b.com,x\nc@d.com,m\n",
                "{\"columns\": {\"Email\": \"email\", \"Gender\": \"gender\"}}", true);
        assertThat(summary.toSend()).isEqualTo(1);
        assertThat(summary.excluded()).isEqualTo(1);
        assertThat(sent).extracting(n -> n.get("email").asText()).containsExactly("c@d.com");
    }

    @Test
    void duplicatesAreMergedInFileOrderLaterValuesWinning() throws Exception {
        ConversionSummary summary = run("""
                Email,Phone,First name,Last name
                ann@example.com,,Ann,Lee
                bob@example.com,,Bob,
                ANN@example.com,,Anna,
                ,79123456789,Cy,
                ,+7 912 345-67-89,,Ray
                """, "{\"phone_region\": \"RU\", \"columns\": {\"Email\": \"email\", \"Phone\": \"phone\","
                + " \"First name\": \"first_name\", \"Last name\": \"last_name\"}}", false);

        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.duplicates()).isEqualTo(2);
        assertThat(summary.toSend()).isEqualTo(3);
        assertThat(sent).extracting(JsonNode::toString).containsExactly(
                "{\"email\":\"bob@example.com\",\"first_name\":\"Bob\"}",
                "{\"email\":\"ann@example.com\",\"first_name\":\"Anna\",\"last_name\":\"Lee\"}",
                "{\"phone\":\"79123456789\",\"first_name\":\"Cy\",\"last_name\":\"Ray\"}");
        assertThat(seen.get(2).issues()).extracting(Issue::code).containsExactly("duplicate_merged");
        assertThat(seen.get(2).issues().getFirst().message()).contains("row 2");
        assertThat(seen.get(2).issues()).extracting(Issue::column, Issue::columnLetter)
                .as("the column the email was read from, as other issues name theirs")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Email", "A"));
        assertThat(seen.get(4).issues()).extracting(Issue::code, Issue::column, Issue::columnLetter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate_merged", "Phone", "B"));
    }

    @Test
    void ambiguousDatesAreReportedUnlessTheColumnSettlesTheOrder() throws Exception {
        run("Email,Born\na@b.com,03/04/1990\nc@d.com,05/06/1991\n", "{\"columns\": {\"Email\": \"email\", \"Born\": \"birthday\"}}", false);
        assertThat(seen).allSatisfy(row -> assertThat(row.issues()).extracting(Issue::code).containsExactly("date_ambiguous"));

        seen.clear();
        sent.clear();
        run("Email,Born\na@b.com,03/04/1990\nc@d.com,25/06/1991\n", "{\"columns\": {\"Email\": \"email\", \"Born\": \"birthday\"}}", false);
        assertThat(sent).extracting(n -> n.get("birthday").asText()).containsExactly("1990-04-03", "1991-06-25");
    }

    @Test
    void aMappingForAnotherFileNamesWhatIsMissing() {
        assertThatThrownBy(() -> run("Email,Phone\na@b.com,1\n", "{\"columns\": {\"E-mail\": \"email\"}}", false))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.problems()).containsExactly(
                        "It names the column \u201CE-mail\u201D, which is not in sheet \u201Ccontacts\u201D of \u201Ccontacts.csv\u201D "
                                + "(headers on row 1).",
                        "The headers there are: \u201CEmail\u201D, \u201CPhone\u201D. Check the sheet and header row, or update the mapping."));
    }

    @Test
    void aMappingWithoutAnIdentifierIsRefused() {
        assertThatThrownBy(() -> run("Email,Name\na@b.com,Ann\n", "{\"columns\": {\"Name\": \"first_name\"}}", false))
                .isInstanceOf(MappingException.class).hasMessageContaining("No column is mapped to email or phone");
    }

    @Test
    void convertingOnWorkerThreadsGivesTheSameResultInTheSameOrder() throws Exception {
        StringBuilder csv = new StringBuilder("Email,Phone,Gender,Born\n");
        for (int i = 0; i < 3_000; i++) {
            // Every seventh row repeats an earlier contact; every eleventh has a bad gender.
            int contact = i % 7 == 6 ? i / 2 : i;
            csv.append("user").append(contact).append("@example.com,+7 912 ").append(String.format("%07d", contact))
                    .append(',').append(i % 11 == 0 ? "?" : "f").append(",0").append(1 + i % 28).append(".03.1990\n");
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv);
        Mapping mapping = mappings.parse("{\"date_order\": \"DMY\", \"columns\": {\"Email\": \"email\", \"Phone\": \"phone\","
                + " \"Gender\": \"gender\", \"Born\": \"birthday\"}}", "m");
        List<String> sequential = new ArrayList<>();
        List<String> parallel = new ArrayList<>();
        ConversionSummary one = convert(file, mapping, 1, sequential);
        ConversionSummary four = convert(file, mapping, 4, parallel);

        assertThat(parallel).hasSize((int) one.toSend()).isEqualTo(sequential);
        assertThat(four).isEqualTo(one);
        assertThat(one.duplicates()).isPositive();
        assertThat(one.byCode()).containsKey("gender_unknown");
    }

    private ConversionSummary convert(Path file, Mapping mapping, int workers, List<String> objects) throws Exception {
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            return new Conversion(new ValueNormalisers(), LocalDate.of(2026, 11, 29), false, workers).run(source, "many.csv",
                    mapping, null, dir.resolve("spool-" + workers + ".tmp"),
                    (bytes, length, row) -> objects.add(row + " " + new String(bytes, 0, length, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theSpoolLeavesNothingBehind() throws Exception {
        run("Email\na@b.com\na@b.com\n", "{\"columns\": {\"Email\": \"email\"}}", false);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("contacts.csv");
        }
    }
}
