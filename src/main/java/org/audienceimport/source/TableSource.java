package org.audienceimport.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * An opened file: its format, its sheets, and a way to stream the rows of any one of them.
 * Opening never changes the file; closing releases every handle.
 */
public interface TableSource extends Closeable {

    FileFormat format();

    /** Every sheet, hidden ones included, in workbook order. A text file has one. */
    List<SheetInfo> sheets();

    /** For delimited text: the encoding used to read it (detected or chosen). */
    default Optional<Charset> encoding() {
        return Optional.empty();
    }

    /** For delimited text: the field delimiter used (detected or chosen). */
    default Optional<Character> delimiter() {
        return Optional.empty();
    }

    /** Starts reading one sheet from its first row. May be called again for a fresh pass. */
    RowReader rows(SheetInfo sheet) throws SourceException;

    @Override
    void close() throws IOException;
}
