package org.audienceimport.source.xlsx;

import java.nio.file.Path;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;

/** Excel workbooks (.xlsx/.xlsm, transitional and Strict). (Being written: lands in the next commits.) */
public final class XlsxTableSource {
    private XlsxTableSource() {
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        throw new UnsupportedOperationException(".xlsx reading is not written yet");
    }

    /** A password-protected (encrypted) .xlsx: an OLE2 container holding the encrypted package. */
    public static TableSource openEncrypted(Path file, ReadOptions options) throws SourceException {
        throw new UnsupportedOperationException("encrypted .xlsx reading is not written yet");
    }
}
