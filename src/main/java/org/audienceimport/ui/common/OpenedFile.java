package org.audienceimport.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file the wizard works on, kept open while the user looks at it so that changing the sheet or the
 * header row is instant even for a big workbook. Reads are taken one at a time: previews are short, and a
 * reader is not promised to be safe for overlapping passes.
 */
public final class OpenedFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedFile.class);

    /** A read of the open source, done under the file's lock. */
    @FunctionalInterface
    public interface SourceWork<T> {
        T read(TableSource source) throws SourceException;
    }

    private final Path path;
    private final long size;
    private final ReadOptions options;
    private final TableSource source;
    private boolean closed;

    public OpenedFile(Path path, long size, ReadOptions options, TableSource source) {
        this.path = path;
        this.size = size;
        this.options = options;
        this.source = source;
    }

    public Path path() {
        return path;
    }

    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Bytes, or -1 when the size could not be read. */
    public long size() {
        return size;
    }

    /** The options it was opened with, so that another pass (counting rows) can open it the same way. */
    public ReadOptions options() {
        return options;
    }

    public FileFormat format() {
        return source.format();
    }

    public List<SheetInfo> sheets() {
        return source.sheets();
    }

    public TableSource source() {
        return source;
    }

    public synchronized <T> T read(SourceWork<T> work) throws SourceException {
        if (closed) {
            throw new SourceException(SourceException.Problem.NOT_READABLE,
                    Text.of("source.closedForAnother", "\u201C" + name() + "\u201D"));
        }
        return work.read(source);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing {} failed", path, e);
        }
    }
}
