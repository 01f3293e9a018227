package org.audienceimport.source;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * What the reader found in a file: the answer to "what is in it?" before anything is mapped.
 *
 * @param rows         non-blank data rows below the header
 * @param warningCount all warnings, including those not kept in {@code warnings}
 */
public record SourceSummary(
        String fileName,
        long fileSize,
        FileFormat format,
        Optional<Charset> encoding,
        Optional<Character> delimiter,
        List<SheetInfo> sheets,
        SheetInfo sheet,
        int headerRow,
        List<ColumnSummary> columns,
        long rows,
        List<ReadWarning> warnings,
        long warningCount) {

    /** A column with its first few non-empty values. */
    public record ColumnSummary(Column column, List<String> samples) {
    }
}
