package org.audienceimport.ui.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.audienceimport.AppVersion;
import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.convert.Issue;
import org.audienceimport.convert.IssueCollector;
import org.audienceimport.convert.RowListeners;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.convert.report.ErrorReportListener;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.EditedSource;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.ValueEdits;
import org.audienceimport.upload.prepare.Preparation;
import org.audienceimport.upload.prepare.PrepareSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine passes step 5 makes over the whole sheet, each with the values corrected in the check in
 * place of the file's. Called off the UI thread.
 */
public final class CheckEngine {

    /** Issues kept for the table; the rest are counted. */
    static final int ISSUES_KEPT = IssueCollector.DEFAULT_LIMIT;

    private final ValueNormalisers normalisers;
    private final FieldCatalog catalog;
    private final LocalDate today;

    public CheckEngine(ValueNormalisers normalisers, FieldCatalog catalog, LocalDate today) {
        this.normalisers = normalisers;
        this.catalog = catalog;
        this.today = today;
    }

    /** What one check found. */
    record Result(ConversionSummary summary, List<Issue> issues, long issuesLeftOut, ColumnRules rules) {
    }

    Result check(ChosenTable table, Mapping mapping, ValueEdits edits, Tasks.Progress progress) throws Exception {
        IssueCollector collector = new IssueCollector(ISSUES_KEPT);
        ColumnRules rules = new ColumnRules(mapping, normalisers, today);
        ConversionSummary summary = read(table, edits, source -> conversion().run(source, quoted(table), mapping,
                RowListeners.all(List.of(collector, rules, new CheckProgress(progress))), null, null));
        return new Result(summary, collector.issues(), collector.leftOut(), rules);
    }

    /** Writes every row with a problem, with all its original columns, to a .xlsx or .csv report. */
    long exportReport(ChosenTable table, Mapping mapping, ValueEdits edits, Path report, Locale language,
                      Tasks.Progress progress) throws Exception {
        try (ErrorReportListener writer = new ErrorReportListener(report, language)) {
            read(table, edits, source -> conversion().run(source, quoted(table), mapping,
                    RowListeners.all(List.of(writer, new CheckProgress(progress))), null, null));
            return writer.rowsWritten();
        }
    }

    /** Converts and writes the upload's request bodies to a folder, to be sent later. */
    Preparation.Outcome saveForLater(ChosenTable table, Mapping mapping, ValueEdits edits, Path folder,
                                     Tasks.Progress progress) throws Exception {
        Preparation preparation = new Preparation(conversion(), AppVersion.version());
        JsonNode mappingJson = new ObjectMapper().readTree(new MappingJson(catalog).write(mapping));
        return read(table, edits, source -> preparation.run(table.file().path(), source, mapping, mappingJson, folder,
                PrepareSettings.defaults(), new CheckProgress(progress)));
    }

    private Conversion conversion() {
        return new Conversion(normalisers, today, false);
    }

    private static String quoted(ChosenTable table) {
        return TableSources.quoted(table.file().path());
    }

    /** A pass over the open source, which may fail in any of the engine's ways. */
    @FunctionalInterface
    private interface Pass<T> {
        T run(TableSource source) throws Exception;
    }

    /**
     * Runs a pass under the file's lock over the rows with the user's corrections in place, passing the
     * engine's own exceptions on as they are.
     */
    private static <T> T read(ChosenTable table, ValueEdits edits, Pass<T> pass) throws Exception {
        try {
            return table.file().read(source -> {
                try {
                    return pass.run(EditedSource.of(source, table, edits));
                } catch (SourceException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped wrapped) {
            throw (Exception) wrapped.getCause();
        }
    }

    /** Carries a checked exception through {@code OpenedFile.read}, which only passes on SourceException. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
