package org.audienceimport.ui.done;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.text.Text;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.upload.RejectedBatch;
import org.audienceimport.upload.StopCause;
import org.audienceimport.upload.UploadReport;
import org.junit.jupiter.api.Test;

class DoneStepViewModelTest {

    private final ImportSession session = new ImportSession();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private int restarts;
    private final List<java.nio.file.Path> opened = new java.util.ArrayList<>();
    private final DoneStepViewModel done = new DoneStepViewModel(session, messages, () -> restarts++, opened::add);

    private static UploadReport report(UploadReport.Ending ending, List<RejectedBatch> rejected, Optional<ConversionSummary> check) {
        return new UploadReport(ending, ending == UploadReport.Ending.FINISHED ? Optional.empty() : Optional.of(StopCause.CANCELLED),
                ending == UploadReport.Ending.FINISHED ? Optional.empty() : Optional.of(Text.of("upload.cancelled")),
                1_000, 2, 1, 204, 4, 1_500, rejected, 0, Duration.ofSeconds(9), UploadReport.InFlight.NONE, check,
                List.of(), Optional.empty());
    }

    @Test
    void whatWasSentCountsAnEarlierRunAndACompleteUploadHasNoStopReason() {
        assertThat(done.sentLine().get()).isEqualTo("Nothing was sent.");
        session.reportProperty().set(report(UploadReport.Ending.FINISHED, List.of(), Optional.empty()));

        assertThat(done.sentLine().get()).isEqualTo("1,204 contacts sent in 3 requests");
        assertThat(done.complete().get()).isTrue();
        assertThat(done.stopReason().get()).isEmpty();
        assertThat(done.excluded().get()).isEmpty();
        assertThat(done.rejected().get()).isEmpty();
        assertThat(done.valid().get()).isTrue();
    }

    @Test
    void excludedRowsAreCountedByReasonAndRefusedBatchesNameTheirRowsAndTheServersWords() {
        Map<String, Long> byCode = new LinkedHashMap<>();
        byCode.put("NO_IDENTIFIER", 3L);
        byCode.put("EMAIL_INVALID", 2L);
        ConversionSummary check = new ConversionSummary("Contacts", 3, 1_510, 1_500, 5, 7, 0, byCode);
        RejectedBatch refused = new RejectedBatch(4, "", 1, 296, OptionalInt.of(1_208), OptionalInt.of(1_510), 400,
                "Invalid phone format");
        session.reportProperty().set(report(UploadReport.Ending.CANCELLED, List.of(refused), Optional.of(check)));

        assertThat(done.complete().get()).isFalse();
        assertThat(done.stopReason().get()).isEqualTo("The upload was cancelled.");
        assertThat(done.excluded().get()).containsExactly("5 rows were left out:", "• NO_IDENTIFIER: 3", "• EMAIL_INVALID: 2");
        assertThat(done.rejected().get()).containsExactly("Rows 1208–1510: Invalid phone format");

        messages.setLocale(Messages.RUSSIAN);
        assertThat(done.sentLine().get()).startsWith("Отправлено 1").endsWith(" контакта за 3 запроса");
        assertThat(done.stopReason().get()).isEqualTo("Загрузка отменена.");
        assertThat(done.excluded().get()).contains("• NO_IDENTIFIER: 3");
        assertThat(done.rejected().get()).singleElement().asString().endsWith(": Invalid phone format");
    }

    @Test
    void whatTheAppSaysAboutARefusedOrOversizedContactIsInTheUiLanguage() {
        RejectedBatch tooLarge = new RejectedBatch(2, "LR", 7, 1, OptionalInt.of(58), OptionalInt.of(58), 413,
                Text.of("upload.reject.contactTooLarge", "Request Entity Too Large"));
        UploadReport report = new UploadReport(UploadReport.Ending.FINISHED, Optional.empty(), Optional.empty(), 10, 1, 0, 0,
                2, 11, List.of(tooLarge), 0, Duration.ofSeconds(2), UploadReport.InFlight.NONE, Optional.empty(),
                List.of(Text.of("upload.tooLarge.row", 91, Text.grouped(40_000_000), Text.grouped(33_554_000))), Optional.empty());
        Map<String, Long> byCode = new LinkedHashMap<>();
        byCode.put("no_identifier", 2L);
        byCode.put("email_invalid", 1L);
        session.validationProperty().set(new ConversionSummary("Contacts", 1, 13, 11, 2, 1, 0, byCode));
        messages.setLocale(Messages.RUSSIAN);
        session.reportProperty().set(report);

        assertThat(done.excluded().get()).contains("• нет email или телефона: 2", "• неправильный email: 1");

        assertThat(done.rejected().get()).singleElement().asString()
                .endsWith("Этот контакт один слишком велик для сервера (Request Entity Too Large).");
        assertThat(done.excluded().get()).anySatisfy(line -> assertThat(line)
                .startsWith("Контакт из строки 91 слишком велик для отправки: он занимает 40\u00A0000\u00A0000 байт"));
    }

    @Test
    void startAnotherImportHandsOverToTheShell() {
        done.startAnother();
        assertThat(restarts).isEqualTo(1);
    }

    @Test
    void anErrorReportExportedInTheCheckIsOfferedAndOpenedThroughTheSystem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        assertThat(done.errorReportLink().get()).isEmpty();
        java.nio.file.Path report = java.nio.file.Files.writeString(folder.resolve("contacts-errors.csv"), "row\n");
        session.errorReportProperty().set(report);
        assertThat(done.errorReportLink().get()).isEqualTo("Open the error report (contacts-errors.csv)");

        done.openErrorReport();
        assertThat(opened).containsExactly(report);
        assertThat(done.openProblemProperty().get()).isEmpty();

        java.nio.file.Files.delete(report);
        done.openErrorReport();
        assertThat(opened).hasSize(1);
        assertThat(done.openProblemProperty().get()).isEqualTo("The error report is no longer at " + report + ".");
    }

    @Test
    void whyTheErrorReportCouldNotBeOpenedFollowsALanguageSwitch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        java.nio.file.Path report = folder.resolve("contacts-errors.csv");
        session.errorReportProperty().set(report);
        done.openErrorReport();
        assertThat(done.openProblemProperty().get()).isEqualTo("The error report is no longer at " + report + ".");

        messages.setLocale(Messages.RUSSIAN);

        assertThat(done.openProblemProperty().get()).isEqualTo("Отчёта об ошибках больше нет в " + report + ".");
    }
}
