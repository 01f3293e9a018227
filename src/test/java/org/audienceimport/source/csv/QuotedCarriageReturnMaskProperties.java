package org.audienceimport.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The mask must follow quoting exactly as FastCSV does: wherever FastCSV reads right on its own (no bare
 * LF, so its CR bug cannot strike), reading through the mask gives the very same records, however
 * malformed the quoting.
 */
class QuotedCarriageReturnMaskProperties {

    @Property(tries = 2000)
    void changesNothingWhereFastCsvReadsRight(@ForAll("crLfText") String text) throws Exception {
        assertThat(parse(text, true)).isEqualTo(parse(text, false));
    }

    @Provide
    Arbitrary<String> crLfText() {
        return Arbitraries.of("a", "b c", ",", "\"", "\"\"", "\r", "\r\n", "\uD841\uDFFF")
                .list().ofMaxSize(30).map(tokens -> String.join("", tokens));
    }

    private static List<List<String>> parse(String text, boolean masked) throws Exception {
        List<List<String>> records = new ArrayList<>();
        CsvReader.CsvReaderBuilder builder = CsvTableSource.configure(CsvReader.builder(), ',', 1 << 20);
        try (CsvReader<CsvRecord> reader = masked
                ? builder.ofCsvRecord(new QuotedCarriageReturnMask(new StringReader(text), ','))
                : builder.ofCsvRecord(new StringReader(text))) {
            for (CsvRecord record : reader) {
                records.add(record.getFields().stream().map(QuotedCarriageReturnMask::unmask).toList());
            }
        }
        return records;
    }
}
