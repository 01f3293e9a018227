package org.audienceimport.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one sheet, top to bottom, holding no more than a bounded window in memory.
 * Blank rows may be returned or skipped; trailing empty rows are never returned one by one.
 */
public interface RowReader extends Closeable {

    /** The next row, or {@code null} at the end of the sheet. */
    Row next() throws SourceException;

    /** Warnings collected so far (capped: the first few hundred are kept, the rest only counted). */
    List<ReadWarning> warnings();

    /** How many warnings there were in all, including those not kept. */
    long warningCount();

    @Override
    void close() throws IOException;
}
