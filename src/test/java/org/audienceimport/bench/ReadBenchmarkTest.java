package org.audienceimport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadBenchmarkTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ReadBenchmark benchmark = new ReadBenchmark(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void csvRunReportsBothReadersAndAReadmeLine() throws Exception {
        int exitCode = benchmark.run(BenchFileGenerator.Format.CSV, dir, 300);

        String report = output();
        assertThat(exitCode).as(report).isZero();
        assertThat(report).contains("OK: row counts agree.")
                .containsPattern("FastCSV +301 ")
                .containsPattern("\\| csv \\| 300 rows × 20 \\| FastCSV \\d+\\.\\d\\d s \\| ours (n/a|\\d+\\.\\d\\d s) \\| ")
                .containsPattern("ours +(301 |not available \\(UnsupportedOperationException\\))");
    }

    @Test
    void aReaderThatMissesRowsFailsTheRun() throws Exception {
        Path file = BenchFileGenerator.ensure(dir, BenchFileGenerator.Format.CSV, 50, 1).file();
        ReadScan lossy = new ReadScan() {
            @Override
            public String name() {
                return "ours";
            }

            @Override
            public Result scan(Path path) {
                return new Result(50, 0);
            }
        };

        int exitCode = benchmark.compare(BenchFileGenerator.Format.CSV, file, 50, List.of(new FastCsvScan(), lossy),
                List.of(new BenchReport.Target("FastCSV", 1.3)));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output()).contains("FAILED: expected 51").contains("FAILED: a reader failed");
    }

    @Test
    void aPlaceholderReaderIsReportedAsNotAvailableWithoutFailing() throws Exception {
        Path file = BenchFileGenerator.ensure(dir, BenchFileGenerator.Format.CSV, 50, 1).file();
        ReadScan placeholder = new ReadScan() {
            @Override
            public String name() {
                return "ours";
            }

            @Override
            public Result scan(Path path) {
                throw new UnsupportedOperationException("not written yet");
            }
        };

        int exitCode = benchmark.compare(BenchFileGenerator.Format.CSV, file, 50,
                List.of(new FastCsvScan(), placeholder), List.of(new BenchReport.Target("FastCSV", 1.3)));

        assertThat(exitCode).isZero();
        assertThat(output()).contains("ours               not available (UnsupportedOperationException)")
                .contains("| csv | 50 rows × 20 | FastCSV ").contains("| ours n/a | n/a |");
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
