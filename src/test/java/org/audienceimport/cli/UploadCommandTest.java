package org.audienceimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.audienceimport.AppFolders;
import org.audienceimport.upload.FakeApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class UploadCommandTest {

    private static final String SECRET = "0123456789abcdef-cli-secret";
    /** Enough for a few requests of 4,096 bytes. */
    private static final int CONTACTS = 150;

    @TempDir
    Path dir;

    private FakeApi api;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();
    private Map<String, String> env = Map.of("AI_SECRET", SECRET);
    private UploadCommand.SecretPrompt prompt = question -> Optional.empty();
    private final List<String> questions = new ArrayList<>();
    private Path csv;
    private Path mapping;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeApi();
        StringBuilder text = new StringBuilder("Email,Name\n");
        for (int i = 0; i < CONTACTS; i++) {
            text.append("person").append(i).append("@example.com,Ann\n");
        }
        csv = dir.resolve("contacts.csv");
        Files.writeString(csv, text);
        mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"segment_id\": 146, \"columns\": {\"Email\": \"email\", \"Name\": \"first_name\"}}");
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    private int upload(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        UploadCommand command = new UploadCommand(env, question -> {
            questions.add(question);
            return prompt.ask(question);
        }, AppFolders.under(dir.resolve("home")), false);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** The usual arguments for sending the file; {@code more} adds options or replaces the usual value of one. */
    private String[] fileArgs(String... more) {
        List<String> args = new ArrayList<>(List.of(csv.toString(), "--mapping", mapping.toString(),
                "--endpoint", api.base().toString(), "--shop-id", "shop-1", "--shop-secret-env", "AI_SECRET",
                "--rate", "100/1s"));
        for (int i = 0; i < more.length; i += 2) {
            int at = args.indexOf(more[i]);
            if (at >= 0) {
                args.set(at + 1, more[i + 1]);
            } else {
                args.add(more[i]);
                args.add(more[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    private JsonNode summary() throws Exception {
        return json.readTree(out.toString());
    }

    private List<JsonNode> bodies() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (FakeApi.Received request : api.received()) {
            bodies.add(json.readTree(request.body()));
        }
        return bodies;
    }

    @Test
    void aFileIsSentWithTheSecretFromTheEnvironmentAndAJsonSummary() throws Exception {
        int exit = upload(fileArgs("--max-request-bytes", "4096"));

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode summary = summary();
        assertThat(summary.get("status").asText()).isEqualTo("finished");
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(summary.get("objects_sent").asInt()).isEqualTo(CONTACTS);
        assertThat(summary.get("objects_total").asInt()).isEqualTo(CONTACTS);
        assertThat(summary.get("rows").asInt()).isEqualTo(CONTACTS);
        assertThat(summary.get("excluded").asInt()).isZero();
        assertThat(summary.get("batches_sent").asInt()).isEqualTo(api.count()).isGreaterThan(1);
        assertThat(summary.get("source").asText()).isEqualTo("contacts.csv");
        assertThat(bodies()).allSatisfy(body -> {
            assertThat(body.get("shop_id").asText()).isEqualTo("shop-1");
            assertThat(body.get("shop_secret").asText()).isEqualTo(SECRET);
            assertThat(body.get("segment_id").asInt()).isEqualTo(146);
        });
        assertThat(out.toString() + err).doesNotContain(SECRET);
        assertThat(err.toString()).contains("Sending " + CONTACTS + " contacts in").contains("Batch 1 accepted");
        assertThat(questions).isEmpty();
    }

    @Test
    void excludedRowsGiveExitThreeOnceTheRestIsSent() throws Exception {
        Files.writeString(csv, "Email,Name\nann@example.com,Ann\nnot-an-email,Ghost\n");
        int exit = upload(fileArgs());
        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.SOME_EXCLUDED);
        assertThat(summary().get("excluded").asInt()).isEqualTo(1);
        assertThat(summary().get("objects_sent").asInt()).isEqualTo(1);
    }

    @Test
    void segmentIdOverridesTheMappingsForAFile() throws Exception {
        assertThat(upload(fileArgs("--segment-id", "999"))).isEqualTo(ExitCodes.OK);
        assertThat(bodies()).allSatisfy(body -> assertThat(body.get("segment_id").asInt()).isEqualTo(999));
    }

    @Test
    void aPreparedFolderIsSentAsItIsAndItsSegmentCannotBeChanged() throws Exception {
        Path folder = dir.resolve("prepared");
        assertThat(Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "prepare", csv.toString(),
                "--mapping", mapping.toString(), "--out", folder.toString())).isZero();
        String[] base = {"--prepared", folder.toString(), "--endpoint", api.base().toString(), "--shop-id", "shop-1",
            "--shop-secret-env", "AI_SECRET", "--rate", "100/1s"};

        List<String> conflicting = new ArrayList<>(List.of(base));
        conflicting.addAll(List.of("--segment-id", "7"));
        assertThat(upload(conflicting.toArray(String[]::new))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("goes to segment 146").contains("cannot change it");
        List<String> withMapping = new ArrayList<>(List.of(base));
        withMapping.addAll(List.of("--mapping", mapping.toString()));
        assertThat(upload(withMapping.toArray(String[]::new))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--mapping applies to a file");
        assertThat(api.count()).isZero();

        List<String> same = new ArrayList<>(List.of(base));
        same.addAll(List.of("--segment-id", "146"));
        assertThat(upload(same.toArray(String[]::new))).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(summary().get("objects_sent").asInt()).isEqualTo(CONTACTS);
        assertThat(summary().get("source").asText()).isEqualTo("prepared");
        assertThat(bodies()).allSatisfy(body -> assertThat(body.get("shop_secret").asText()).isEqualTo(SECRET));

        // The same upload again: the journal knows it was all sent.
        assertThat(upload(base)).isEqualTo(ExitCodes.OK);
        assertThat(summary().get("batches_already_sent").asInt()).isEqualTo(summary().get("batches_total").asInt());
        assertThat(summary().get("objects_sent").asInt()).isZero();
    }

    @Test
    void theSecretIsNeverTakenFromTheCommandLine() {
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "upload", csv.toString(), "--mapping",
                mapping.toString(), "--shop-id", "shop-1", "--shop-secret", SECRET);
        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("never taken from the command line").contains("--shop-secret-env")
                .doesNotContain(SECRET);
        assertThat(api.count()).isZero();
    }

    @Test
    void withoutAVariableTheSecretIsAskedForAndWithoutATerminalThatFailsClearly() throws Exception {
        env = Map.of();
        String[] args = {csv.toString(), "--mapping", mapping.toString(), "--endpoint", api.base().toString(),
            "--shop-id", "shop-1", "--rate", "100/1s"};
        assertThat(upload(args)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no terminal to ask").contains("--shop-secret-env");

        prompt = question -> Optional.of(SECRET.toCharArray());
        assertThat(upload(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(questions.getLast()).contains("shop-1").doesNotContain(SECRET);
        assertThat(bodies().getFirst().get("shop_secret").asText()).isEqualTo(SECRET);
    }

    @Test
    void aMissingVariableIsBadInput() {
        assertThat(upload(fileArgs("--shop-secret-env", "NOT_SET"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("NOT_SET is not set");
    }

    @Test
    void refusedCredentialsStopWithExitFourAfterOneRequest() throws Exception {
        api.answer(request -> FakeApi.Reply.of(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Shop not found\"}}"));
        int exit = upload(fileArgs("--max-request-bytes", "4096"));
        assertThat(exit).isEqualTo(ExitCodes.STOPPED);
        assertThat(api.count()).isEqualTo(1);
        assertThat(err.toString()).contains("The shop ID or secret was not accepted: check them in Account > Settings > Store Settings");
        assertThat(summary().get("stop_cause").asText()).isEqualTo("bad_credentials");
        assertThat(summary().get("status").asText()).isEqualTo("stopped");
    }

    @Test
    void aRejectedBatchIsReportedWithItsRowsAndExitsFour() throws Exception {
        api.answer(request -> request.text().contains("person3@")
                ? FakeApi.Reply.of(400, "{\"status\":\"error\",\"payload\":{\"message\":\"Bad property\"}}") : FakeApi.Reply.ok());
        int exit = upload(fileArgs("--max-request-bytes", "4096"));
        assertThat(exit).isEqualTo(ExitCodes.STOPPED);
        JsonNode rejected = summary().get("rejected").get(0);
        assertThat(rejected.get("message").asText()).isEqualTo("Bad property");
        assertThat(rejected.get("first_row").asInt()).isEqualTo(2);
        assertThat(err.toString()).contains("Not imported: batch 1 (rows 2\u2013");
        assertThat(summary().get("objects_sent").asInt()).isEqualTo(CONTACTS - rejected.get("objects").asInt());
    }

    @Test
    void whenTheServerKeepsFailingTheRunEndsWithExitFourAndTheNextRunGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // The default retry budget would wait minutes; the server's Retry-After beyond it pauses at once.
        api.answer(request -> calls.incrementAndGet() == 1 ? FakeApi.Reply.ok()
                : FakeApi.Reply.of(503, "").withHeader("Retry-After", "86400"));
        assertThat(upload(fileArgs("--max-request-bytes", "4096"))).isEqualTo(ExitCodes.STOPPED);
        assertThat(summary().get("stop_cause").asText()).isEqualTo("retries_exhausted");
        assertThat(err.toString()).contains("paused").contains("run the same command again");

        api.answer(request -> FakeApi.Reply.ok());
        assertThat(upload(fileArgs("--max-request-bytes", "4096"))).isEqualTo(ExitCodes.OK);
        assertThat(summary().get("batches_already_sent").asInt()).isEqualTo(1);
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(upload(fileArgs("--endpoint", "http://api.personaclick.com"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Plain http is refused");
        assertThat(upload(fileArgs("--rate", "fast"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("is not a rate");
        assertThat(upload("--shop-id", "shop-1", "--shop-secret-env", "AI_SECRET")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("either a FILE with --mapping, or --prepared DIR");
        assertThat(upload(csv.toString(), "--shop-id", "x", "--shop-secret-env", "AI_SECRET")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("needs its mapping");
        assertThat(upload(fileArgs("--proxy", "no-port"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(api.count()).isZero();
    }

    @Test
    void helpListsTheExitCodes() {
        StringWriter help = new StringWriter();
        Cli.run(new PrintWriter(help, true), new PrintWriter(err, true), "upload", "--help");
        assertThat(help.toString()).contains("--shop-secret-env").doesNotContain("--shop-secret ")
                .contains("stopped before everything was accepted").contains("Exit codes:");
    }
}
