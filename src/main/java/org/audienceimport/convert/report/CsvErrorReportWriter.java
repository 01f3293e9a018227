package org.audienceimport.convert.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.audienceimport.convert.Issue;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The report as CSV: UTF-8 with a byte order mark (without it Excel guesses a legacy code page and
 * garbles accents), commas, CRLF line ends and RFC 4180 quoting by FastCSV; every field passes
 * through {@link FormulaGuard}.
 */
final class CsvErrorReportWriter implements ErrorReportWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReportFile file;
    private final ReportColumns columns;
    private final CsvWriter csv;
    private final List<String> fields = new ArrayList<>();
    private long rows;
    private boolean closed;

    CsvErrorReportWriter(Path path, List<String> headers, ReportColumns columns) throws IOException {
        this.file = new ReportFile(path);
        this.columns = columns;
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.temporary()), 1 << 16);
        try {
            out.write(BOM);
            this.csv = CsvWriter.builder().fieldSeparator(',').quoteCharacter('"')
                    .lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
            record(columns.header(headers));
        } catch (IOException | RuntimeException e) {
            out.close();
            file.discard();
            throw e;
        }
    }

    @Override
    public void write(int rowNumber, List<String> cells, List<Issue> issues) {
        fields.clear();
        fields.add(Integer.toString(rowNumber));
        fields.add(columns.severity(issues));
        fields.add(columns.problems(issues));
        fields.addAll(cells);
        record(fields);
        rows++;
    }

    private void record(List<String> values) {
        CsvWriter.CsvWriterRecord record = csv.writeRecord();
        for (String value : values) {
            record.writeField(FormulaGuard.neutralise(value));
        }
        record.endRecord();
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            csv.close();
            file.moveIntoPlace();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }
}
