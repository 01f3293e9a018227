package org.audienceimport.bench;

import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Baseline: bare FastCSV, no detection or cell typing. */
final class FastCsvScan implements ReadScan {

    @Override
    public String name() {
        return "FastCSV";
    }

    @Override
    public Result scan(Path file) throws Exception {
        long rows = 0;
        long characters = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                rows++;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    characters += record.getField(i).length();
                }
            }
        }
        return new Result(rows, characters);
    }
}
