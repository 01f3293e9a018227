package org.audienceimport.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Picks the field delimiter among comma, semicolon, tab and pipe: the one that splits the first
 * records into the same number (more than one) of fields most consistently. Each candidate is tried
 * with a real CSV parse, so a delimiter inside quotes does not count. A file that no candidate splits
 * is a single column and is read with a comma.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    static final int SAMPLE_RECORDS = 50;
    static final int SAMPLE_CHARS = 256 * 1024;

    private DelimiterDetector() {
    }

    /** Reads a sample of the decoded text; {@code text} is not closed. */
    static char detect(Reader text) throws IOException {
        char[] buffer = new char[SAMPLE_CHARS];
        int length = text.read(buffer, 0, buffer.length);
        int total = Math.max(length, 0);
        while (length > 0 && total < buffer.length) {
            length = text.read(buffer, total, buffer.length - total);
            total += Math.max(length, 0);
        }
        boolean cut = total == buffer.length && text.read() >= 0;
        return detect(new String(buffer, 0, total), cut);
    }

    /**
     * @param cut whether the sample stops before the end of the file, in which case its last record
     *            may be incomplete and is left out
     */
    static char detect(String sample, boolean cut) {
        char best = ',';
        double bestConsistency = 0;
        int bestWidth = 1;
        for (char candidate : CANDIDATES) {
            int[] widths = fieldCounts(sample, candidate, cut);
            if (widths.length == 0) {
                continue;
            }
            int width = mostCommon(widths);
            if (width < 2) {
                continue;
            }
            double consistency = (double) count(widths, width) / widths.length;
            if (consistency > bestConsistency + 1e-9
                    || (Math.abs(consistency - bestConsistency) <= 1e-9 && width > bestWidth)) {
                best = candidate;
                bestConsistency = consistency;
                bestWidth = width;
            }
        }
        return best;
    }

    /** Field counts of the first records, blank lines left out; empty when the sample cannot be parsed. */
    private static int[] fieldCounts(String sample, char delimiter, boolean cut) {
        int[] widths = new int[SAMPLE_RECORDS + 1];
        int n = 0;
        CsvReader<CsvRecord> reader = CsvTableSource.configure(CsvReader.builder(), delimiter, CsvTableSource.MAX_FIELD_CHARS)
                .ofCsvRecord(new QuotedCarriageReturnMask(new StringReader(sample), delimiter));
        try {
            for (CsvRecord record : reader) {
                boolean blank = record.getFieldCount() == 1 && record.getField(0).isEmpty();
                if (!blank) {
                    widths[n++] = record.getFieldCount();
                    if (n == widths.length) {
                        break;
                    }
                }
            }
        } catch (RuntimeException unparseable) {
            return new int[0];
        }
        if (cut && n > 1) {
            n--;
        } else if (n > SAMPLE_RECORDS) {
            n = SAMPLE_RECORDS;
        }
        return Arrays.copyOf(widths, n);
    }

    private static int mostCommon(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int best = sorted[0];
        int bestCount = 0;
        int runStart = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[runStart]) {
                int runCount = i - runStart;
                if (runCount > bestCount || (runCount == bestCount && sorted[runStart] > best)) {
                    best = sorted[runStart];
                    bestCount = runCount;
                }
                runStart = i;
            }
        }
        return best;
    }

    private static int count(int[] values, int value) {
        int count = 0;
        for (int v : values) {
            if (v == value) {
                count++;
            }
        }
        return count;
    }
}
