package org.audienceimport.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A view of an open table source whose rows of one sheet pass through a rewrite on the way out, such as
 * the values a user corrected put in place of the cells they replace. The file is never changed, and
 * closing the view leaves the source open: whoever opened it closes it.
 */
public final class RewrittenRows implements TableSource {

    private final TableSource source;
    private final SheetInfo sheet;
    private final UnaryOperator<Row> rewrite;

    /** @param rewrite gets every row of {@code sheet} and returns it, or the row to read in its place */
    public RewrittenRows(TableSource source, SheetInfo sheet, UnaryOperator<Row> rewrite) {
        this.source = source;
        this.sheet = sheet;
        this.rewrite = rewrite;
    }

    @Override
    public FileFormat format() {
        return source.format();
    }

    @Override
    public List<SheetInfo> sheets() {
        return source.sheets();
    }

    @Override
    public Optional<Charset> encoding() {
        return source.encoding();
    }

    @Override
    public Optional<Character> delimiter() {
        return source.delimiter();
    }

    @Override
    public RowReader rows(SheetInfo wanted) throws SourceException {
        RowReader rows = source.rows(wanted);
        return wanted.equals(sheet) ? new Rewriting(rows) : rows;
    }

    @Override
    public void close() {
        // A view owns nothing.
    }

    private final class Rewriting implements RowReader {
        private final RowReader rows;

        Rewriting(RowReader rows) {
            this.rows = rows;
        }

        @Override
        public Row next() throws SourceException {
            Row row = rows.next();
            return row == null ? null : rewrite.apply(row);
        }

        @Override
        public List<ReadWarning> warnings() {
            return rows.warnings();
        }

        @Override
        public long warningCount() {
            return rows.warningCount();
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
