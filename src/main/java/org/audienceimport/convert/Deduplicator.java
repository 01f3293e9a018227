package org.audienceimport.convert;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;
import org.audienceimport.text.Text;

/**
 * Merges rows that describe the same contact (same email; or same phone where there is no email) in
 * file order, later values winning: what is sent ends the same as sending every row in order, with fewer
 * objects. Without a spool it only counts, for checking a file without preparing it.
 */
final class Deduplicator implements Closeable {

    private final ObjectMapper json;
    private final ObjectSpool spool;
    private final IdentityIndex index = new IdentityIndex();
    private final Column emailColumn;
    private final Column phoneColumn;
    private int objects;
    private long merged;

    /**
     * @param spool where objects wait to be sent; null to count only
     * @param bound the file's columns as mapped: a merged duplicate names the column its email or phone came from
     */
    Deduplicator(ObjectMapper json, ObjectSpool spool, List<BoundColumn> bound) {
        this.json = json;
        this.spool = spool;
        this.emailColumn = columnOf(bound, "email");
        this.phoneColumn = columnOf(bound, "phone");
    }

    /** The column filling a top-level field; null when the field comes from a constant or from nowhere. */
    private static Column columnOf(List<BoundColumn> bound, String field) {
        return bound.stream()
                .filter(b -> b.target() instanceof Target.FieldTarget target && target.field().name().equals(field))
                .map(BoundColumn::column).findFirst().orElse(null);
    }

    /** Adds a converted (not excluded) row; returns the warning to report when it was merged, else null. */
    Issue add(ConvertedRow row) throws IOException {
        long key = IdentityIndex.hash(row.identity());
        IdentityIndex.Entry earlier = index.find(key);
        if (earlier == null) {
            index.put(key, append(row.object(), row.row()), row.row());
            return null;
        }
        if (spool == null) {
            merged++;
            return duplicateWarning(row, earlier.firstRow());
        }
        ObjectNode previous = (ObjectNode) json.readTree(spool.read(earlier.object()));
        if (!row.identity().equals(RowConverter.identity(previous))) {
            // A hash collision between two different contacts: keep both, merge nothing.
            append(row.object(), row.row());
            return null;
        }
        previous.setAll(row.object());
        spool.supersede(earlier.object());
        objects--;
        index.put(key, append(previous, row.row()), earlier.firstRow());
        merged++;
        return duplicateWarning(row, earlier.firstRow());
    }

    private int append(ObjectNode object, int row) throws IOException {
        objects++;
        if (spool == null) {
            return objects;
        }
        byte[] bytes = json.writeValueAsBytes(object);
        return spool.append(bytes, bytes.length, row);
    }

    private Issue duplicateWarning(ConvertedRow row, int firstRow) {
        boolean byEmail = row.identity().startsWith("e:");
        String value = row.identity().substring(2);
        Column column = byEmail ? emailColumn : phoneColumn;
        // A value set for every row by a constant has no column: the field's name is all there is to show.
        String header = column == null ? (byEmail ? "email" : "phone") : column.header();
        String letter = column == null ? "" : column.letter();
        return new Issue(row.row(), header, letter, value, Severity.WARNING, "duplicate_merged",
                Text.of(byEmail ? "convert.duplicateEmail" : "convert.duplicatePhone", row.row(), firstRow, value));
    }

    /** Contacts to send: unique identities, after merging. */
    int objects() {
        return objects;
    }

    long merged() {
        return merged;
    }

    void drainTo(ObjectSpool.SurvivorSink sink) throws IOException {
        if (spool != null) {
            spool.forEachSurvivor(sink);
        }
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            spool.close();
        }
    }
}
