package org.audienceimport.source.csv;

import java.nio.file.Path;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/** Delimited text. (Being written: the reader lands in the next commits.) */
public final class CsvTableSource {
    private CsvTableSource() {
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        throw new UnsupportedOperationException("CSV reading is not written yet");
    }
}
