package org.audienceimport.source.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvReader.CsvReaderBuilder;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.SourceException.Problem;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.text.Text;

/**
 * A delimited text file (.csv, .tsv, .txt) as a one-sheet table, parsed by FastCSV the RFC 4180 way:
 * quotes may hold delimiters and line breaks, {@code ""} is a quote, lines may end in CR, LF or CRLF,
 * and rows may be shorter or longer than the header. Values are kept exactly as written, as text.
 *
 * <p>Encoding and delimiter are detected once at opening unless chosen; each {@link #rows} call then
 * streams the file afresh, so memory stays bounded whatever its size.
 */
public final class CsvTableSource implements TableSource {

    /** FastCSV's default limit, stated here so messages can name it. */
    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;

    private final Path file;
    private final DetectedEncoding encoding;
    private final char delimiter;
    private final int maxFieldChars;
    private final SheetInfo sheet;
    /** Readers not yet closed; closing the source closes them. A UI may read and close on different threads. */
    private final Set<CsvRowReader> openReaders = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private CsvTableSource(Path file, DetectedEncoding encoding, char delimiter, int maxFieldChars) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
        this.sheet = new SheetInfo(sheetName(file), false, 0);
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        return open(file, options, MAX_FIELD_CHARS);
    }

    static CsvTableSource open(Path file, ReadOptions options, int maxFieldChars) throws SourceException {
        try {
            DetectedEncoding encoding = EncodingDetector.detect(file, options.encoding());
            char delimiter;
            if (options.delimiter().isPresent()) {
                delimiter = options.delimiter().get();
            } else {
                try (Reader text = openText(file, encoding)) {
                    delimiter = DelimiterDetector.detect(text);
                }
            }
            return new CsvTableSource(file, encoding, delimiter, maxFieldChars);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The reading rules shared by the detector and the real read. */
    static CsvReaderBuilder configure(CsvReaderBuilder builder, char delimiter, int maxFieldChars) {
        return builder.fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                // Excel reads "ab"c as abc rather than refusing the file; so do we.
                .allowExtraCharsAfterClosingQuote(true)
                .detectBomHeader(false)
                .maxBufferSize(maxFieldChars);
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public Optional<Charset> encoding() {
        return Optional.of(encoding.charset());
    }

    @Override
    public Optional<Character> delimiter() {
        return Optional.of(delimiter);
    }

    @Override
    public RowReader rows(SheetInfo requested) throws SourceException {
        if (!sheet.equals(requested)) {
            throw new SourceException(Problem.NO_SUCH_SHEET,
                    Text.of("source.csv.noSuchSheet", TableSources.quoted(file), sheet.name(), requested.name()));
        }
        Reader text = null;
        try {
            text = openText(file, encoding);
            RowHandler handler = new RowHandler();
            CsvReader<Row> reader = configure(CsvReader.builder(), delimiter, maxFieldChars)
                    .build(handler, new QuotedCarriageReturnMask(text, delimiter));
            CsvRowReader[] self = new CsvRowReader[1];
            CsvRowReader rows = new CsvRowReader(reader, handler, TableSources.quoted(file), encoding.charset(),
                    maxFieldChars, () -> openReaders.remove(self[0]));
            self[0] = rows;
            openReaders.add(rows);
            return rows;
        } catch (IOException | RuntimeException e) {
            closeQuietly(text, e);
            if (e instanceof IOException io) {
                throw unreadable(file, io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() throws IOException {
        List<CsvRowReader> readers;
        synchronized (openReaders) {
            readers = new ArrayList<>(openReaders);
        }
        IOException first = null;
        for (CsvRowReader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static Reader openText(Path file, DetectedEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            return new InputStreamReader(in, encoding.charset());
        } catch (IOException | RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable, Exception pending) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                pending.addSuppressed(e);
            }
        }
    }

    private static SourceException unreadable(Path file, IOException e) {
        String name = TableSources.quoted(file);
        if (e instanceof NoSuchFileException) {
            return new SourceException(Problem.NOT_FOUND, Text.of("source.gone", name), e);
        }
        if (e instanceof AccessDeniedException) {
            return new SourceException(Problem.NOT_READABLE, Text.of("source.accessDenied", name), e);
        }
        return new SourceException(Problem.NOT_READABLE, Text.of("source.ioError", name, e.getMessage()), e);
    }

    static String sheetName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
