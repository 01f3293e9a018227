package org.audienceimport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.audienceimport.sandbox.SandboxServer;
import org.audienceimport.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A wrong secret costs one request, not one per batch; the user is told what to check and where; and the
 * secret is written nowhere: not on stdout or stderr, not in the journal, logs or scratch files of the app's
 * folders, not in any file of the test's folder.
 */
class WrongSecretTest {

    private static final String SHOP = "e2e-shop";
    /** Distinctive, so that finding it anywhere cannot be a coincidence. */
    private static final String WRONG_SECRET = "wr0ng-S3cret-5eb7c1d2-e2e-Qx";
    private static final String SECRET_VARIABLE = "AUDIENCE_IMPORT_E2E_SECRET";

    @TempDir
    Path dir;

    @Test
    void aWrongSecretStopsAfterOneRequestWithAClearMessageAndLeavesNoTrace() throws Exception {
        GeneratedAudience audience = GeneratedAudience.write(dir, 600);
        Path home = dir.resolve("home");
        try (SandboxServer sandbox = SandboxServer.start(SandboxSettings.defaults().withShopId(SHOP)
                .withShopSecret("the-right-secret-0a1b2c").withRateLimit(org.audienceimport.upload.RateLimit.parse("100/1s")))) {
            CliProcess upload = CliProcess.start(home, Map.of(SECRET_VARIABLE, WRONG_SECRET), dir.resolve("output"), "upload",
                    List.of("upload", audience.csv().toString(), "--mapping", audience.mapping().toString(),
                            "--endpoint", sandbox.uri().toString(), "--shop-id", SHOP, "--shop-secret-env", SECRET_VARIABLE,
                            "--rate", "100/1s", "--max-request-bytes", "8000"));
            int exit;
            try {
                exit = upload.awaitExit(Duration.ofSeconds(60));
            } finally {
                upload.killIfAlive();
            }

            String stderr = upload.stderr();
            assertThat(exit).as(stderr).isEqualTo(4);
            assertThat(sandbox.stats().requests()).as("requests that reached the sandbox").isEqualTo(1);
            assertThat(sandbox.stats().status(400)).isEqualTo(1);
            assertThat(stderr).contains("shop ID or secret was not accepted")
                    .contains("Account > Settings > Store Settings");
            JsonNode summary = new ObjectMapper().readTree(upload.stdout());
            assertThat(summary.get("stop_cause").asText()).isEqualTo("bad_credentials");
            assertThat(summary.get("batches_total").asInt()).as("batches that were not sent").isGreaterThan(5);
            assertThat(summary.get("objects_sent").asInt()).isZero();
            assertThat(upload.stdout()).doesNotContain(WRONG_SECRET);
            assertThat(stderr).doesNotContain(WRONG_SECRET);
        }

        List<Path> files = filesUnder(dir);
        assertThat(files).as("the app wrote its journal under its home folder")
                .anySatisfy(file -> assertThat(file).startsWith(home));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                assertThat(indexOf(bytes, WRONG_SECRET.getBytes(charset))).as("the secret (%s) in %s", charset, file)
                        .isEqualTo(-1);
            }
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return new ArrayList<>(paths.filter(Files::isRegularFile).toList());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
