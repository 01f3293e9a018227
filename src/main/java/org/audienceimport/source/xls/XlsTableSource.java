package org.audienceimport.source.xls;

import java.nio.file.Path;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/** Excel 97-2003 workbooks. (Being written: the reader lands in the next commits.) */
public final class XlsTableSource {
    private XlsTableSource() {
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        throw new UnsupportedOperationException(".xls reading is not written yet");
    }
}
