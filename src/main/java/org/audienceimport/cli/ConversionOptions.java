package org.audienceimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.IssueCollector;
import org.audienceimport.convert.RowListeners;
import org.audienceimport.convert.report.ErrorReportListener;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.MappingJson;

import picocli.CommandLine.Option;

/** What validate, prepare and upload share: the mapping, strictness and the error report. */
public final class ConversionOptions {

    @Option(names = "--mapping", paramLabel = "M", required = true,
            description = "The mapping file (JSON; see 'map --json' to make one).")
    private Path mappingFile;

    @Option(names = "--strict", description = "Exclude every row that has any problem, not only rows without a valid email or phone.")
    private boolean strict;

    @Option(names = "--report", paramLabel = "FILE.csv|FILE.xlsx",
            description = "Write the rows with problems, every original column kept, to this file.")
    private Path report;

    private final FieldCatalog catalog = FieldCatalog.standard();

    /** The mapping, with --sheet and --header-row from the command line taking precedence over the file's. */
    Mapping mapping(SourceOptions source) throws MappingException {
        Mapping mapping = new MappingJson(catalog).read(mappingFile);
        Optional<String> sheet = source.sheet().or(mapping::sheet);
        OptionalInt headerRow = source.headerRow().isPresent() ? source.headerRow() : mapping.headerRow();
        return new Mapping(sheet, headerRow, mapping.segmentId(), mapping.phoneRegion(), mapping.dateOrder(),
                mapping.columns(), mapping.constants());
    }

    String mappingText(Mapping mapping) {
        return new MappingJson(catalog).write(mapping);
    }

    boolean strict() {
        return strict;
    }

    Optional<Path> report() {
        return Optional.ofNullable(report);
    }

    void checkReportName() throws BadOptionException {
        if (report != null) {
            String name = String.valueOf(report.getFileName()).toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
                throw new BadOptionException("--report must name a .csv or .xlsx file, for example problems.xlsx.");
            }
        }
    }

    /** The listeners one pass feeds: the issue list, and the error report when asked for. */
    record Listeners(IssueCollector issues, Optional<ErrorReportListener> report, Conversion.RowListener all) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (report.isPresent()) {
                report.get().close();
            }
        }
    }

    Listeners listeners() {
        IssueCollector issues = new IssueCollector(IssueCollector.DEFAULT_LIMIT);
        Optional<ErrorReportListener> reportListener = report().map(ErrorReportListener::new);
        List<Conversion.RowListener> all = new ArrayList<>();
        all.add(issues);
        reportListener.ifPresent(all::add);
        return new Listeners(issues, reportListener, RowListeners.all(all));
    }
}
