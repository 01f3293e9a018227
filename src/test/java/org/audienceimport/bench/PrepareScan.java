package org.audienceimport.bench;

import java.nio.file.Path;
import java.time.LocalDate;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.Preparation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole offline pipeline as {@code prepare} runs it: read, map, normalise and validate every value,
 * merge duplicates, and write packed request bodies with their manifest.
 */
final class PrepareScan implements ReadScan {

    /** Every column of the generated file mapped: identifiers, dates, booleans, nested and custom fields. */
    static final String FULL_MAPPING = """
            {"phone_region": "RU", "date_order": "DMY",
             "columns": {
               "id": "id", "email": "email", "phone": "phone", "first_name": "first_name", "last_name": "last_name",
               "gender": "gender", "birthday": "birthday", "loyalty_id": "loyalty_id", "loyalty_bonuses": "loyalty_bonuses",
               "bought_something": "bought_something", "city": "location", "subscribed": "email_bulk",
               "channel": "auto[0].brand", "country": "auto[0].model",
               "phone_number": {"custom": "landline", "type": "string"},
               "имя": {"custom": "name_ru", "type": "string"},
               "segment": {"custom": "segments", "type": "array", "separator": "|"},
               "notes": {"custom": "notes", "type": "string"},
               "registered_at": {"custom": "registered_at", "type": "date"},
               "orders_count": {"custom": "orders_count", "type": "integer"}
             },
             "constants": {"email_transactional": true}}
            """;

    private final Path out;

    PrepareScan(Path out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "prepare";
    }

    @Override
    public Result scan(Path file) throws Exception {
        MappingJson mappings = new MappingJson(FieldCatalog.standard());
        Mapping mapping = mappings.parse(FULL_MAPPING, "the benchmark's mapping");
        Preparation preparation = new Preparation(new Conversion(new ValueNormalisers(), LocalDate.of(2026, 11, 29), false), "bench");
        try (TableSource source = TableSources.open(file, ReadOptions.DETECT)) {
            Preparation.Outcome outcome = preparation.run(file, source, mapping, new ObjectMapper().readTree(FULL_MAPPING), out,
                    PrepareSettings.defaults(), null);
            long bytes = outcome.result().manifest().batches().stream().mapToLong(b -> b.bytes()).sum();
            // Rows read plus the header row, to line up with the bare scans that count it.
            return new Result(outcome.summary().rows() + 1, bytes);
        }
    }
}
