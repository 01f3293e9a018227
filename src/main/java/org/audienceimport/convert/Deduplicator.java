package org.audienceimport.convert;

import java.io.Closeable;
import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private int objects;
    private long merged;

    /** @param spool where objects wait to be sent; null to count only */
    Deduplicator(ObjectMapper json, ObjectSpool spool) {
        this.json = json;
        this.spool = spool;
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

    private static Issue duplicateWarning(ConvertedRow row, int firstRow) {
        boolean byEmail = row.identity().startsWith("e:");
        String value = row.identity().substring(2);
        return new Issue(row.row(), byEmail ? "email" : "phone", "", value, Severity.WARNING, "duplicate_merged",
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
