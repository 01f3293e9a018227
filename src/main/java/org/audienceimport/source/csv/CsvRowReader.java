package org.audienceimport.source.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.WarningLog;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.text.Text;

/** One pass over a delimited text file. Failures become {@link SourceException}s naming the row. */
final class CsvRowReader implements RowReader {


    private final CsvReader<Row> reader;
    private final CloseableIterator<Row> records;
    private final RowHandler handler;
    private final String fileName;
    private final Charset charset;
    private final int maxFieldChars;
    private final Runnable onClose;
    private final WarningLog warnings = new WarningLog();
    private boolean closed;

    CsvRowReader(CsvReader<Row> reader, RowHandler handler, String fileName, Charset charset, int maxFieldChars,
                 Runnable onClose) {
        this.reader = reader;
        this.records = reader.iterator();
        this.handler = handler;
        this.fileName = fileName;
        this.charset = charset;
        this.maxFieldChars = maxFieldChars;
        this.onClose = onClose;
    }

    @Override
    public Row next() throws SourceException {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        Row row;
        try {
            if (!records.hasNext()) {
                return null;
            }
            row = records.next();
        } catch (UncheckedIOException e) {
            throw new SourceException(Problem.NOT_READABLE, Text.of("source.csv.ioErrorAtRow", fileName,
                    Math.max(1, handler.recordNumber()), e.getCause().getMessage()), e);
        } catch (CsvParseException e) {
            throw parseFailure(e);
        }
        if (handler.lastRowHadUndecodable()) {
            warn(new ReadWarning(row.number(), "", "UNDECODABLE_TEXT",
                    Text.of("source.warning.undecodable", row.number(), charset.name())));
        }
        return row;
    }

    private SourceException parseFailure(CsvParseException e) {
        int row = handler.recordNumber();
        if (e.getCause() instanceof RowHandler.TooManyColumnsException) {
            return new SourceException(Problem.TOO_LARGE,
                    Text.of("source.csv.tooManyColumns", row, fileName, RowHandler.MAX_COLUMNS), e);
        }
        if (String.valueOf(e.getMessage()).contains("maximum buffer size")
                || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("maximum buffer size"))) {
            return new SourceException(Problem.TOO_LARGE,
                    Text.of("source.csv.valueTooLong", row, fileName, Text.grouped(maxFieldChars)), e);
        }
        return new SourceException(Problem.DAMAGED, Text.of("source.csv.malformed", fileName, row), e);
    }

    private void warn(ReadWarning warning) {
        warnings.add(warning);
    }

    @Override
    public List<ReadWarning> warnings() {
        return warnings.kept();
    }

    @Override
    public long warningCount() {
        return warnings.count();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                reader.close();
            } finally {
                onClose.run();
            }
        }
    }
}
