package org.audienceimport.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.Cell;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.RewrittenRows;
import org.audienceimport.source.Row;
import org.audienceimport.source.TableSource;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet sent straight from the sheet: converted, packed in the app's scratch folder, sent, cleaned up. */
class FileSourceTest {

    @TempDir
    Path dir;

    private EngineFixture fx;
    private Path csv;

    @BeforeEach
    void setUp() throws Exception {
        fx = new EngineFixture(dir);
        StringBuilder text = new StringBuilder("Email;Name\n");
        for (int i = 0; i < 50; i++) {
            text.append("person").append(i).append("@example.com;Anna\n");
        }
        text.append("not an email;Ghost\n");
        csv = dir.resolve("contacts.csv");
        Files.writeString(csv, text);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private FileSource source() throws Exception {
        MappingJson json = new MappingJson(FieldCatalog.standard());
        Mapping mapping = json.parse("{\"segment_id\": 7, \"columns\": {\"Email\": \"email\", \"Name\": \"first_name\"}}", "test");
        return new FileSource(csv, ReadOptions.DETECT, mapping, json.write(mapping),
                new Conversion(new ValueNormalisers(), LocalDate.of(2026, 11, 2), false, 1),
                PrepareSettings.defaults().withMaxRequestBytes(2048), "test", null);
    }

    @Test
    void theFileIsCheckedPackedAndSentAndNothingIsLeftBehind() throws Exception {
        UploadReport report = EngineFixture.run(fx.engine(source()));

        assertThat(report.complete()).isTrue();
        assertThat(report.objectsSent()).isEqualTo(50);
        assertThat(report.conversion().orElseThrow().excluded()).isEqualTo(1);
        assertThat(fx.emailsReceived()).isEqualTo(EngineFixture.emails(0, 50));
        assertThat(fx.api.received()).allSatisfy(request -> assertThat(request.text()).contains("\"segment_id\":7,\"audience\":["));
        try (Stream<Path> left = Files.list(dir.resolve("home/cache/uploads"))) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("contacts.csv", "home");
        }
    }

    @Test
    void aViewOfTheFileIsWhatIsSent() throws Exception {
        // The wizard's corrections: row 52 ("not an email") fixed to a real address, the file left as it is.
        String before = Files.readString(csv);
        FileSource corrected = source().readThrough(opened -> correctedCell(opened, 52, 0, "ghost@example.com"));

        UploadReport report = EngineFixture.run(fx.engine(corrected));

        assertThat(report.objectsSent()).isEqualTo(51);
        assertThat(report.conversion().orElseThrow().excluded()).isZero();
        assertThat(fx.api.received()).anySatisfy(request -> assertThat(request.text()).contains("\"email\":\"ghost@example.com\""));
        assertThat(Files.readString(csv)).isEqualTo(before);
    }

    /** The smallest stand-in for the wizard's corrections: one cell replaced on its way out of the file. */
    private static TableSource correctedCell(TableSource opened, int row, int column, String value) {
        return new RewrittenRows(opened, opened.sheets().getFirst(), read -> {
            if (read.number() != row) {
                return read;
            }
            Cell[] cells = Arrays.copyOf(read.cells(), Math.max(read.width(), column + 1));
            cells[column] = Cell.text(value);
            return new Row(read.number(), cells);
        });
    }

    @Test
    void theSameFileAndMappingGiveTheSameBatchesSoARerunSendsOnlyTheRest() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        fx.api.answer(request -> calls.incrementAndGet() <= 2 ? FakeApi.Reply.ok() : FakeApi.Reply.drop());
        UploadEngine first = fx.engine(source());
        first.start();
        while (calls.get() < 3) {
            Thread.sleep(10);
        }
        first.cancel(CancelMode.ABANDON_CURRENT);
        UploadReport stopped = first.report().get(10, TimeUnit.SECONDS);
        assertThat(stopped.batchesAccepted()).isEqualTo(2);

        fx.api.answer(request -> FakeApi.Reply.ok());
        int before = fx.api.count();
        UploadReport report = EngineFixture.run(fx.engine(source()));

        assertThat(report.complete()).isTrue();
        assertThat(report.batchesAlreadySent()).isEqualTo(2);
        assertThat(fx.api.count() - before).isEqualTo(report.batchesTotal() - 2);
        assertThat(report.objectsSent() + report.objectsAlreadySent()).isEqualTo(50);
    }

    @Test
    void cancellingWhileTheFileIsCheckedSendsNothing() throws Exception {
        UploadEngine engine = fx.engine(source());
        engine.cancel(CancelMode.FINISH_CURRENT);
        UploadReport report = EngineFixture.run(engine);
        assertThat(report.ending()).isEqualTo(UploadReport.Ending.CANCELLED);
        assertThat(fx.api.count()).isZero();
    }
}
