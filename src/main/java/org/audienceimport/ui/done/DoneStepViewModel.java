package org.audienceimport.ui.done;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.ui.common.FileOpener;
import org.audienceimport.ui.common.EngineMessages;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.wizard.StepModel;
import org.audienceimport.upload.RejectedBatch;
import org.audienceimport.upload.UploadReport;

/**
 * Step 7: what was sent, what was left out and why, and what the server refused; then another import.
 * The last step, so it is always "valid".
 */
public final class DoneStepViewModel implements StepModel {

    private final ImportSession session;
    private final Messages messages;
    private final Runnable startAnother;
    private final FileOpener opener;
    private final LocalizedText openProblem;
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> true);
    private final StringBinding noReason = Bindings.createStringBinding(() -> "");

    /**
     * @param startAnother forgets this import and goes back to step 1
     * @param opener       opens the error report in the program the system uses for it
     */
    public DoneStepViewModel(ImportSession session, Messages messages, Runnable startAnother, FileOpener opener) {
        this.session = session;
        this.messages = messages;
        this.startAnother = startAnother;
        this.opener = opener;
        this.openProblem = new LocalizedText(this, "openProblem", messages);
        session.errorReportProperty().addListener((obs, old, now) -> openProblem.clear());
    }

    private UploadReport report() {
        return session.reportProperty().get();
    }

    /** "1,204 contacts sent in 3 requests", counting what an earlier, interrupted run sent. */
    public StringBinding sentLine() {
        return messages.binding(() -> {
            UploadReport r = report();
            if (r == null) {
                return messages.get("done.nothing");
            }
            long contacts = r.objectsSent() + r.objectsAlreadySent();
            int requests = r.batchesAccepted() + r.batchesAlreadySent();
            return messages.plural("done.sent", contacts, messages.plural("done.requests", requests));
        }, session.reportProperty());
    }

    /** Whether every contact reached the server. */
    public BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> report() != null && report().complete(), session.reportProperty());
    }

    /** How many rows were left out, then one line per reason (issue code) with its count. */
    public ObjectBinding<List<String>> excluded() {
        return Bindings.createObjectBinding(() -> {
            List<String> lines = new ArrayList<>();
            Optional<ConversionSummary> summary = Optional.ofNullable(session.validationProperty().get())
                    .or(() -> report() == null ? Optional.empty() : report().conversion());
            summary.filter(s -> s.excluded() > 0).ifPresent(s -> {
                lines.add(messages.plural("done.excluded", s.excluded()));
                for (Map.Entry<String, Long> entry : s.byCode().entrySet()) {
                    lines.add(messages.get("done.excluded.code", EngineMessages.issueCode(entry.getKey(), messages.locale()),
                            entry.getValue()));
                }
            });
            if (report() != null) {
                report().tooLarge().forEach(text -> lines.add(EngineMessages.forDesktop(text, messages.locale())));
            }
            return List.copyOf(lines);
        }, session.reportProperty(), session.validationProperty(), messages.localeProperty());
    }

    /** Each refused batch: its rows, and what the server said. */
    public ObjectBinding<List<String>> rejected() {
        return Bindings.createObjectBinding(() -> {
            if (report() == null) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (RejectedBatch batch : report().rejected()) {
                lines.add(messages.get("done.rejected.line", rows(batch), EngineMessages.forDesktop(batch.text(), messages.locale())));
            }
            return List.copyOf(lines);
        }, session.reportProperty(), messages.localeProperty());
    }

    private String rows(RejectedBatch batch) {
        if (batch.firstRow().isPresent() && batch.lastRow().isPresent()) {
            return messages.get("done.rejected.rows", batch.firstRow().getAsInt(), batch.lastRow().getAsInt());
        }
        return messages.get("done.rejected.request", batch.batch());
    }

    /** Why it stopped early, when it did. */
    public StringBinding stopReason() {
        return messages.binding(() -> report() == null || report().complete() ? ""
                : report().why().map(why -> EngineMessages.forDesktop(why, messages.locale())).orElse(""),
                session.reportProperty());
    }

    /** "Open the error report (contacts-errors.xlsx)", or empty when none was exported in the check. */
    public StringBinding errorReportLink() {
        return messages.binding(() -> {
            Path report = session.errorReportProperty().get();
            return report == null ? "" : messages.get("done.report.open", String.valueOf(report.getFileName()));
        }, session.errorReportProperty());
    }

    /** Opens the exported error report; says where it is when the system cannot open it. */
    public void openErrorReport() {
        Path report = session.errorReportProperty().get();
        if (report == null) {
            return;
        }
        if (!Files.isRegularFile(report)) {
            openProblem.set(UiText.key("done.report.gone", report.toString()));
        } else if (!opener.open(report)) {
            openProblem.set(UiText.key("done.report.cannotOpen", report.toString()));
        } else {
            openProblem.clear();
        }
    }

    /** Why the error report could not be opened; empty when it could. */
    public ReadOnlyStringProperty openProblemProperty() {
        return openProblem.textProperty();
    }

    public void startAnother() {
        startAnother.run();
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public StringBinding reasonInvalid() {
        return noReason;
    }
}
