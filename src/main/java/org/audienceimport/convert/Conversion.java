package org.audienceimport.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.audienceimport.convert.normalise.DateOrderInference;
import org.audienceimport.convert.normalise.NormaliseContext;
import org.audienceimport.convert.normalise.PhoneRegions;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.FieldKind;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.Column;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetChooser;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.text.Text;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Runs a whole sheet through a mapping: every row converted, every problem reported to the listener,
 * duplicates merged, and the objects to send streamed to a sink in file order. The same engine serves
 * {@code validate}, {@code prepare}, the upload and the wizard.
 */
public final class Conversion {

    /** Sees every row with what became of it: for reports, issue lists and progress. */
    @FunctionalInterface
    public interface RowListener {
        /** Called once before the first row, with the table's columns as read. */
        default void onTable(SheetInfo sheet, int headerRow, List<Column> columns) throws IOException {
        }

        void onRow(Row source, ConvertedRow converted) throws IOException;
    }

    /** Receives each audience object to send, serialised as compact JSON. */
    @FunctionalInterface
    public interface ObjectSink {
        void accept(byte[] json, int length, int sourceRow) throws IOException;
    }

    private final ValueNormalisers normalisers;
    private final LocalDate today;
    private final boolean strict;
    private final int workers;
    private final ObjectMapper json = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    public Conversion(ValueNormalisers normalisers, LocalDate today, boolean strict) {
        this(normalisers, today, strict, Runtime.getRuntime().availableProcessors());
    }

    /** @param workers threads that convert rows; 1 converts on the calling thread */
    public Conversion(ValueNormalisers normalisers, LocalDate today, boolean strict, int workers) {
        this.normalisers = normalisers;
        this.today = today;
        this.strict = strict;
        this.workers = Math.max(1, workers);
    }

    /**
     * @param spoolFile where objects wait while duplicates are merged (a temporary file, deleted at the
     *                  end); null together with a null sink to only check the rows
     * @param sink        receives the objects to send; null to only check
     */
    public ConversionSummary run(TableSource source, String fileName, Mapping mapping, RowListener listener,
                                 Path spoolFile, ObjectSink sink) throws SourceException, MappingException, IOException {
        SheetInfo sheet = SheetChooser.choose(source, mapping.sheet(), fileName);
        try (SheetTable table = SheetTable.open(source, sheet, mapping.headerRow())) {
            Text where = Text.of("mapping.sheetWhere", sheet.name(), fileName, table.headerRow());
            List<BoundColumn> bound = ColumnBinder.bind(mapping, table.columns(), where);
            Map<BoundColumn, Optional<DateOrder>> dateOrders = dateOrders(source, sheet, mapping, bound);
            NormaliseContext base = NormaliseContext.of(today)
                    .withPhoneRegion(mapping.phoneRegion().flatMap(PhoneRegions::canonical).orElse(null));
            RowConverter converter = new RowConverter(
                    RowConverter.plan(bound, normalisers, column -> base.withDateOrder(
                            dateOrders.getOrDefault(column, mapping.dateOrder()))),
                    mapping.constants(), strict);
            if (listener != null) {
                listener.onTable(sheet, table.headerRow(), table.columns());
            }
            ObjectSpool spool = sink == null ? null : new ObjectSpool(spoolFile);
            try (Deduplicator deduplicator = new Deduplicator(json, spool, bound)) {
                Totals totals = convertAll(table, converter, deduplicator, listener);
                if (sink != null) {
                    deduplicator.drainTo(sink::accept);
                }
                return new ConversionSummary(sheet.name(), table.headerRow(), totals.rows, deduplicator.objects(),
                        totals.excluded, totals.warnings, deduplicator.merged(), Map.copyOf(totals.byCode));
            }
        }
    }

    private static final class Totals {
        long rows;
        long excluded;
        long warnings;
        final Map<String, Long> byCode = new TreeMap<>();
    }

    /**
     * Reads and consumes on the calling thread, in file order; converts on worker threads, a chunk of
     * rows at a time, since normalising values (phone numbers above all) is most of the work.
     */
    private Totals convertAll(SheetTable table, RowConverter converter, Deduplicator deduplicator,
                              RowListener listener) throws SourceException, IOException {
        Totals totals = new Totals();
        if (workers <= 1) {
            Row row;
            while ((row = table.nextDataRow()) != null) {
                consume(row, converter.convert(row), totals, deduplicator, listener);
            }
            return totals;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().name("convert-", 1).factory());
        try {
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            List<Row> rows = new ArrayList<>(CHUNK_ROWS);
            Row row;
            while ((row = table.nextDataRow()) != null) {
                rows.add(row);
                if (rows.size() == CHUNK_ROWS) {
                    inFlight.add(submit(pool, converter, rows));
                    rows = new ArrayList<>(CHUNK_ROWS);
                    if (inFlight.size() >= workers * CHUNKS_IN_FLIGHT_PER_WORKER) {
                        consume(await(inFlight.poll()), totals, deduplicator, listener);
                    }
                }
            }
            if (!rows.isEmpty()) {
                inFlight.add(submit(pool, converter, rows));
            }
            while (!inFlight.isEmpty()) {
                consume(await(inFlight.poll()), totals, deduplicator, listener);
            }
            return totals;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int CHUNK_ROWS = 256;
    private static final int CHUNKS_IN_FLIGHT_PER_WORKER = 4;

    private record Chunk(List<Row> rows, List<ConvertedRow> converted) {
    }

    private static Future<Chunk> submit(ExecutorService pool, RowConverter converter, List<Row> rows) {
        return pool.submit(() -> {
            List<ConvertedRow> converted = new ArrayList<>(rows.size());
            for (Row row : rows) {
                converted.add(converter.convert(row));
            }
            return new Chunk(rows, converted);
        });
    }

    private static Chunk await(Future<Chunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The check was stopped.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Converting rows failed", e.getCause());
        }
    }

    private static void consume(Chunk chunk, Totals totals, Deduplicator deduplicator, RowListener listener) throws IOException {
        for (int i = 0; i < chunk.rows().size(); i++) {
            consume(chunk.rows().get(i), chunk.converted().get(i), totals, deduplicator, listener);
        }
    }

    private static void consume(Row row, ConvertedRow convertedRow, Totals totals, Deduplicator deduplicator,
                                RowListener listener) throws IOException {
        ConvertedRow converted = convertedRow;
        totals.rows++;
        if (converted.excluded()) {
            totals.excluded++;
        } else {
            Issue duplicate = deduplicator.add(converted);
            if (duplicate != null) {
                List<Issue> issues = new ArrayList<>(converted.issues());
                issues.add(duplicate);
                converted = new ConvertedRow(converted.row(), converted.object(), converted.identity(), List.copyOf(issues));
            }
        }
        for (Issue issue : converted.issues()) {
            if (issue.severity() == Severity.WARNING) {
                totals.warnings++;
            }
            totals.byCode.merge(issue.code(), 1L, Long::sum);
        }
        if (listener != null) {
            listener.onRow(row, converted);
        }
    }

    /**
     * The date order of each date column. Where the mapping sets none, the column's values decide it
     * (a first number over 12 means day first); a column they cannot settle stays undecided, and its
     * ambiguous dates are reported, never guessed.
     */
    private static Map<BoundColumn, Optional<DateOrder>> dateOrders(TableSource source, SheetInfo sheet, Mapping mapping,
                                                                    List<BoundColumn> bound) throws SourceException, IOException {
        Map<BoundColumn, Optional<DateOrder>> orders = new HashMap<>();
        List<BoundColumn> dates = bound.stream().filter(Conversion::isDate).toList();
        if (mapping.dateOrder().isPresent() || dates.isEmpty()) {
            return orders;
        }
        Map<BoundColumn, DateOrderInference> inferences = new HashMap<>();
        dates.forEach(column -> inferences.put(column, new DateOrderInference()));
        try (SheetTable table = SheetTable.open(source, sheet, mapping.headerRow())) {
            Row row;
            while ((row = table.nextDataRow()) != null) {
                for (BoundColumn column : dates) {
                    inferences.get(column).accept(row.cell(column.column().index()));
                }
            }
        }
        inferences.forEach((column, inference) -> orders.put(column, inference.resolve(Optional.empty())));
        return orders;
    }

    private static boolean isDate(BoundColumn column) {
        return switch (column.target()) {
            case Target.FieldTarget field -> field.field().kind() == FieldKind.DATE;
            case Target.NestedTarget nested -> nested.field().kind() == FieldKind.DATE;
            case Target.CustomTarget custom -> custom.type() == CustomType.DATE;
        };
    }

    /** The JSON form objects are written in: compact, numbers exact and never in exponent form. */
    public ObjectMapper json() {
        return json;
    }
}
