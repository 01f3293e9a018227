package org.audienceimport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.audienceimport.bench.BenchFileGenerator.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class BenchFileGeneratorTest {

    private static final long ROWS = 2_000;

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        for (Format format : Format.values()) {
            assertThat(sha256(generate(format, ROWS, 42))).as(format.name()).isEqualTo(sha256(generate(format, ROWS, 42)));
        }
        assertThat(sha256(generate(Format.CSV, ROWS, 43))).isNotEqualTo(sha256(generate(Format.CSV, ROWS, 42)));
    }

    @Test
    void csvParsesWithFastCsvIntoAHeaderAndTwentyColumnRows() throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, generate(Format.CSV, ROWS, 7));

        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(records::add);
        }

        assertThat(records).hasSize((int) ROWS + 1);
        assertThat(records.getFirst().getFields()).containsExactly(Contact.HEADER);
        assertThat(records).allSatisfy(record -> assertThat(record.getFieldCount()).isEqualTo(Contact.COLUMNS));
        assertThat(records.stream().map(r -> r.getField(14))).as("notes exercise quoting")
                .anyMatch(note -> note.contains(",")).anyMatch(note -> note.contains("\"")).anyMatch(note -> note.contains("\n"));
        assertThat(records.stream().skip(1).map(r -> r.getField(9))).allMatch(id -> id.matches("00\\d{8}"));
        assertThat(records.stream().skip(1).map(r -> r.getField(8)))
                .anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).anyMatch(d -> d.matches("\\d{2}\\.\\d{2}\\.\\d{4}"));
    }

    @Test
    void csvIsCrlfUtf8() throws Exception {
        String text = new String(generate(Format.CSV, 10, 7), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,email,").contains("имя").endsWith("\r\n");
        assertThat(text.split("\r\n", -1)).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void reusesAFileMadeWithTheSameParametersAndRegeneratesOtherwise() throws Exception {
        BenchFileGenerator.Generated made = BenchFileGenerator.ensure(dir, Format.CSV, 100, 1);
        BenchFileGenerator.Generated again = BenchFileGenerator.ensure(dir, Format.CSV, 100, 1);
        assertThat(made.reused()).isFalse();
        assertThat(again.reused()).isTrue();
        assertThat(again.file()).isEqualTo(made.file());

        BenchFileGenerator.Generated otherSeed = BenchFileGenerator.ensure(dir, Format.CSV, 100, 2);
        assertThat(otherSeed.reused()).as("other seed").isFalse();

        Files.write(otherSeed.file(), new byte[] {1, 2, 3});
        BenchFileGenerator.Generated repaired = BenchFileGenerator.ensure(dir, Format.CSV, 100, 2);
        assertThat(repaired.reused()).as("a damaged file is regenerated").isFalse();
        assertThat(Files.size(repaired.file())).isEqualTo(otherSeed.bytes());
    }

    private static byte[] generate(Format format, long rows, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchFileGenerator.write(format, out, rows, seed);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
