package org.audienceimport.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.convert.normalise.Normalised;
import org.audienceimport.convert.normalise.Warning;
import org.audienceimport.convert.report.ReportNameException;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.SourceException;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.EngineMessages;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.common.ValueEdits;
import org.audienceimport.ui.wizard.StepModel;
import org.audienceimport.upload.prepare.PreparedUploadException;
import org.audienceimport.text.Text;

/**
 * Step 5: every row read and checked in the background with the mapping and settings of steps 3 and 4.
 * The result stays until something it depends on changes; then the check runs again when the step is
 * shown. A corrected value is checked at once as the check would read it and kept in the session; every
 * later pass (checking again, the error report, saving for later) reads the rows with the corrections in
 * place. The file itself is never changed.
 */
public final class CheckStepViewModel implements StepModel {

    private final ImportSession session;
    private final Tasks tasks;
    private final Messages messages;
    private final CheckEngine engine;

    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList(row -> new Observable[] {row.issueProperty()});
    private final FilteredList<IssueRow> shownIssues = new FilteredList<>(issues);
    private final ObservableList<String> issueColumns = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens to its list weakly, so a view made per call could be collected
    // together with the listeners added to it.
    private final ObservableList<IssueRow> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ObservableList<String> issueColumnsView = FXCollections.unmodifiableObservableList(issueColumns);
    private final ObjectProperty<SeverityFilter> severityFilter = new SimpleObjectProperty<>(this, "severityFilter", SeverityFilter.ALL);
    private final ObjectProperty<String> columnFilter = new SimpleObjectProperty<>(this, "columnFilter");
    private final ReadOnlyObjectWrapper<CheckTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper rowsChecked = new ReadOnlyLongWrapper(this, "rowsChecked");
    private final ReadOnlyLongWrapper issuesLeftOut = new ReadOnlyLongWrapper(this, "issuesLeftOut");
    private final LocalizedText problem;
    private final LocalizedText notice;
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;
    private Inputs checkedFor;
    private ColumnRules rules;
    private Tasks.Running check;
    private int generation;

    /** What a check was made of: the rows, and how they are read. */
    private record Inputs(ChosenTable table, Mapping mapping) {
        boolean matches(Inputs other) {
            return other != null && table.sameRowsAs(other.table) && mapping.equals(other.mapping);
        }
    }

    public CheckStepViewModel(ImportSession session, Tasks tasks, Messages messages, CheckEngine engine) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.engine = engine;
        this.problem = new LocalizedText(this, "problem", messages);
        this.notice = new LocalizedText(this, "notice", messages);
        valid = Bindings.createBooleanBinding(() -> reason().isEmpty(), totals, running, problem.textProperty(), session.validationProperty());
        reasonInvalid = messages.binding(this::reason, totals, running, rowsChecked, problem.textProperty(), session.validationProperty());
        severityFilter.addListener((obs, old, now) -> refilter());
        columnFilter.addListener((obs, old, now) -> refilter());
        session.mappingProperty().addListener((obs, old, now) -> forgetIfOutdated());
        session.tableProperty().addListener((obs, old, now) -> forgetIfOutdated());
        session.segmentIdProperty().addListener((obs, old, now) -> forgetIfOutdated());
        session.phoneRegionProperty().addListener((obs, old, now) -> forgetIfOutdated());
        session.dateOrderProperty().addListener((obs, old, now) -> forgetIfOutdated());
    }

    @Override
    public void entered() {
        Inputs now = inputs();
        if (now != null && !(now.matches(checkedFor) && session.validationProperty().get() != null)) {
            start(now);
        }
    }

    /** Stops a check still running: it starts again when the step is shown again. */
    @Override
    public void left() {
        if (check != null && running.get()) {
            check.cancel();
            generation++;
            running.set(false);
            checkedFor = null;
        }
    }

    /** Runs the check again with the same inputs, e.g. after the file was corrected and saved. */
    public void checkAgain() {
        Inputs now = inputs();
        if (now != null && !busy.get()) {
            start(now);
        }
    }

    private Inputs inputs() {
        ChosenTable table = session.table();
        Mapping mapping = session.mappingProperty().get();
        if (table == null || mapping == null) {
            return null;
        }
        return new Inputs(table, new Mapping(mapping.sheet(), mapping.headerRow(),
                Optional.ofNullable(session.segmentIdProperty().get()), Optional.ofNullable(session.phoneRegionProperty().get()),
                Optional.ofNullable(session.dateOrderProperty().get()), mapping.columns(), mapping.constants()));
    }

    private void forgetIfOutdated() {
        if (checkedFor != null && !checkedFor.matches(inputs())) {
            session.validationProperty().set(null);
        }
    }

    private void start(Inputs inputs) {
        if (check != null && running.get()) {
            check.cancel();
        }
        int checking = ++generation;
        running.set(true);
        rowsChecked.set(0);
        problem.clear();
        notice.clear();
        totals.set(null);
        issues.clear();
        issueColumns.clear();
        session.validationProperty().set(null);
        ValueEdits edits = session.editsProperty().get();
        check = tasks.run(progress -> Checked.of(engine.check(inputs.table(), inputs.mapping(), edits, progress)))
                .onProgress(done -> {
                    if (checking == generation) {
                        rowsChecked.set(done);
                    }
                })
                .onSuccess(result -> {
                    if (checking == generation) {
                        show(inputs, result);
                    }
                })
                .onError(error -> {
                    if (checking == generation) {
                        problem.set(describe(error, "check.problem.unexpected"));
                    }
                })
                .andFinally(() -> {
                    if (checking == generation) {
                        running.set(false);
                    }
                })
                .start();
    }

    /**
     * A check's result with the table's rows made, on the worker: the issues can be ten thousand, and the JavaFX
     * thread takes them in at the end of the check, in the same pulse as the totals.
     */
    private record Checked(CheckEngine.Result result, List<IssueRow> rows, Set<String> columns) {
        static Checked of(CheckEngine.Result result) {
            List<IssueRow> rows = new ArrayList<>(result.issues().size());
            Set<String> columns = new LinkedHashSet<>();
            for (Issue issue : result.issues()) {
                rows.add(new IssueRow(issue));
                columns.add(issue.column());
            }
            return new Checked(result, rows, columns);
        }
    }

    private void show(Inputs inputs, Checked checked) {
        CheckEngine.Result result = checked.result();
        checkedFor = inputs;
        rules = result.rules();
        rowsChecked.set(result.summary().rows());
        issuesLeftOut.set(result.issuesLeftOut());
        issueColumns.setAll(checked.columns());
        if (columnFilter.get() != null && !checked.columns().contains(columnFilter.get())) {
            columnFilter.set(null);
        }
        // The filter is set while the list is empty, so the issues are filtered once, as they come.
        refilter();
        issues.setAll(checked.rows());
        totals.set(CheckTotals.of(result.summary()));
        session.validationProperty().set(result.summary());
        if (reapplyEdits()) {
            refilter(); // a correction can change an issue's severity
        }
    }

    /** Corrections made before the check ran again are shown again on the issues they belong to; whether any were. */
    private boolean reapplyEdits() {
        ValueEdits edits = session.editsProperty().get();
        if (edits.count() == 0) {
            // The usual case, and the issues can be ten thousand: no need to look at each on the UI thread.
            return false;
        }
        for (IssueRow row : List.copyOf(issues)) {
            Issue issue = row.issue();
            if (row.editable()) {
                edits.get(issue.row(), issue.column()).ifPresent(value -> apply(row, value));
            }
        }
        return true;
    }

    /**
     * Checks a corrected value as the check read the column: the issue goes when the value is now fine,
     * or says what is still wrong. The correction is kept in the session.
     */
    public void fix(IssueRow row, String value) {
        if (rules == null || !row.editable() || !issues.contains(row)) {
            return;
        }
        Issue issue = row.issue();
        session.editsProperty().set(session.editsProperty().get().with(issue.row(), issue.column(), value));
        apply(row, value);
    }

    private void apply(IssueRow row, String value) {
        Issue issue = row.issue();
        Optional<Normalised> checked = rules.check(issue.column(), value);
        if (checked.isEmpty()) {
            return;
        }
        switch (checked.get()) {
            case Normalised.Invalid invalid -> row.update(withValue(issue, value, invalid.code(), invalid.text()));
            case Normalised.Value sent when !sent.warnings().isEmpty() -> {
                Warning warning = sent.warnings().getFirst();
                row.update(withValue(issue, value, warning.code(), warning.text()));
                if (issue.severity() != Severity.WARNING) {
                    totals.set(totals.get().withWarning());
                }
                includeRow(issue, sent);
            }
            default -> {
                issues.remove(row);
                if (issue.severity() == Severity.WARNING) {
                    totals.set(totals.get().withoutWarning());
                }
                includeRow(issue, checked.get());
            }
        }
    }

    private static Issue withValue(Issue issue, String value, String code, Text message) {
        return new Issue(issue.row(), issue.column(), issue.columnLetter(), value, Severity.WARNING, code, message);
    }

    /** A valid email or phone given to a row that had none brings the row back into the upload. */
    private void includeRow(Issue fixed, Normalised result) {
        if (!(result instanceof Normalised.Value) || !rules.identifies(fixed.column())) {
            return;
        }
        issues.stream().filter(r -> r.issue().row() == fixed.row() && "no_identifier".equals(r.issue().code()))
                .findFirst().ifPresent(excluded -> {
                    issues.remove(excluded);
                    totals.set(totals.get().included());
                });
    }

    private void refilter() {
        SeverityFilter severity = severityFilter.get();
        String column = columnFilter.get();
        shownIssues.setPredicate(row -> severity.accepts(row.issue().severity())
                && (column == null || column.equals(row.issue().column())));
    }

    /** Writes the rows with problems, every original column kept, to a .xlsx or .csv file. */
    public void exportReport(Path file) {
        Inputs inputs = checkedFor;
        if (inputs == null || busy.get()) {
            return;
        }
        busy.set(true);
        notice.set(UiText.key("check.report.writing"));
        ValueEdits edits = session.editsProperty().get();
        // The report speaks the language the wizard speaks when it is asked for.
        Locale language = messages.locale();
        tasks.run(progress -> engine.exportReport(inputs.table(), inputs.mapping(), edits, file, language, progress))
                .onSuccess(rows -> {
                    notice.set(UiText.plural("check.report.saved", rows, file.toString()));
                    session.errorReportProperty().set(file);
                })
                .onError(error -> notice.set(describe(error, "check.report.failed")))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Writes the prepared upload to a folder, to be sent later from the wizard or the command line. */
    public void saveForLater(Path folder) {
        Inputs inputs = checkedFor;
        if (inputs == null || busy.get()) {
            return;
        }
        busy.set(true);
        notice.set(UiText.key("check.save.writing"));
        ValueEdits edits = session.editsProperty().get();
        tasks.run(progress -> engine.saveForLater(inputs.table(), inputs.mapping(), edits, folder, progress))
                .onSuccess(outcome -> notice.set(UiText.key("check.save.saved", outcome.result().folder().toString())))
                .onError(error -> notice.set(describe(error, "check.save.failed")))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private static UiText describe(Throwable error, String fallbackKey) {
        return switch (error) {
            case SourceException e -> UiText.engine(e.text());
            case MappingException e -> UiText.engine(e.text());
            case PreparedUploadException e -> UiText.engine(e.text());
            case ReportNameException e -> UiText.engine(e.text());
            case IOException e -> UiText.key("check.problem.io", String.valueOf(e.getMessage()));
            case IllegalArgumentException e -> UiText.verbatim(e.getMessage());
            default -> UiText.key(fallbackKey);
        };
    }

    private String reason() {
        if (session.table() == null || session.mappingProperty().get() == null) {
            return messages.get("check.reason.noMapping");
        }
        if (running.get()) {
            return messages.plural("check.reason.checking", rowsChecked.get());
        }
        if (!problem.isEmpty()) {
            return messages.get("check.reason.problem");
        }
        if (totals.get() == null || session.validationProperty().get() == null) {
            return messages.get("check.reason.notChecked");
        }
        return totals.get().toSend() > 0 ? "" : messages.get("check.reason.nothingToSend");
    }

    /** The issue's message in the current language; follows corrections and a change of language. */
    public ObservableValue<String> message(IssueRow row) {
        return messages.binding(() -> message(row.issue()), row.issueProperty());
    }

    public String message(Issue issue) {
        return EngineMessages.forDesktop(issue.text(), messages.locale());
    }

    public ObservableList<IssueRow> shownIssues() {
        return shownIssues;
    }

    /** Every issue kept, whatever the filters. */
    public ObservableList<IssueRow> issues() {
        return issuesView;
    }

    /** The columns named by issues, for the column filter ("" is a problem with the whole row). */
    public ObservableList<String> issueColumns() {
        return issueColumnsView;
    }

    public ObjectProperty<SeverityFilter> severityFilterProperty() {
        return severityFilter;
    }

    /** Null for every column. */
    public ObjectProperty<String> columnFilterProperty() {
        return columnFilter;
    }

    /** Null until a check has finished. */
    public ReadOnlyObjectProperty<CheckTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A report or a prepared upload is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsCheckedProperty() {
        return rowsChecked.getReadOnlyProperty();
    }

    /** Issues found beyond those kept for the table. */
    public ReadOnlyLongProperty issuesLeftOutProperty() {
        return issuesLeftOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    /** What became of the last report or prepared upload. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.textProperty();
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public StringBinding reasonInvalid() {
        return reasonInvalid;
    }
}
