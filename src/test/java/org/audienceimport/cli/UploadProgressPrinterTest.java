package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import org.audienceimport.upload.EngineState;
import org.audienceimport.upload.Progress;
import org.audienceimport.upload.RejectedBatch;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.pace.RateWindowState;
import org.junit.jupiter.api.Test;

class UploadProgressPrinterTest {

    private static Progress progress(int batchesDone, long objectsDone) {
        return new Progress(EngineState.SENDING, 0, batchesDone, 4, objectsDone, 400, objectsDone * 100, 40_000, 0, 0, 0, 0,
                new RateWindowState(40, Duration.ofSeconds(60), 1, 39, Duration.ZERO), 12.5, 1250, Optional.of(Duration.ofSeconds(24)));
    }

    @Test
    void withoutATerminalEachBatchAndEachProblemIsOnePlainLine() {
        StringWriter text = new StringWriter();
        UploadProgressPrinter printer = new UploadProgressPrinter(new PrintWriter(text), false);
        printer.onEvent(new UploadEvent.Started(progress(0, 0), false, Path.of("j.jsonl")));
        printer.onEvent(new UploadEvent.BatchAccepted(progress(1, 100), 1, "", 100));
        printer.onEvent(new UploadEvent.Retrying(progress(1, 100), 2, 1, Duration.ofSeconds(4),
                "the connection was lost; trying again in 4 s"));
        printer.onEvent(new UploadEvent.BatchRejected(progress(2, 200), new RejectedBatch(2, "", 1, 100, OptionalInt.of(102),
                OptionalInt.of(201), 400, "Bad property")));

        assertThat(text.toString()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "Sending 400 contacts in 4 requests",
                "Batch 1 accepted: 100 contacts; 100 of 400 done (1 of 4 requests), about 24 s left",
                "Batch 2: the connection was lost; trying again in 4 s (try 2)",
                "The server refused batch 2 (rows 102\u2013201): Bad property", ""));
    }

    @Test
    void aResumedUploadSaysWhatTheEarlierRunSentOrThatItSentNothing() {
        assertThat(UploadProgressPrinter.startedLine(progress(0, 0), true)).isEqualTo(
                "An earlier run stopped before any contact was confirmed as received; sending all 400 contacts in 4 requests");
        Progress halfSent = new Progress(EngineState.SENDING, 0, 0, 4, 0, 400, 0, 40_000, 2, 200, 0, 0,
                new RateWindowState(40, Duration.ofSeconds(60), 0, 40, Duration.ZERO), 0, 0, Optional.empty());
        assertThat(UploadProgressPrinter.startedLine(halfSent, true))
                .isEqualTo("Going on: an earlier run already sent 200 of 400 contacts; sending the other 200");
    }

    @Test
    void onATerminalTheProgressLineIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        UploadProgressPrinter printer = new UploadProgressPrinter(new PrintWriter(text), true);
        printer.onEvent(new UploadEvent.BatchAccepted(progress(2, 200), 2, "", 100));
        assertThat(text.toString()).startsWith("\r[############------------]  50%  200/400 contacts  2/4 requests")
                .contains("ETA 24 s").doesNotContain("\n");
    }
}
