package org.audienceimport.upload.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static final URI ENDPOINT = URI.create("https://api.personaclick.com");
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
    private final UploadKey key = UploadKey.prepared(List.of(SHA_A, SHA_B), ENDPOINT, "shop-1", OptionalLong.of(146));

    private Journal open() throws Exception {
        return Journal.open(data, key, Map.of("source", "contacts.xlsx"), false, clock);
    }

    @Test
    void theKeyDependsOnContentAddressShopAndSegmentButIsStable() {
        assertThat(UploadKey.prepared(List.of(SHA_A, SHA_B), ENDPOINT, "shop-1", OptionalLong.of(146))).isEqualTo(key);
        assertThat(UploadKey.prepared(List.of(SHA_B, SHA_A), ENDPOINT, "shop-1", OptionalLong.of(146))).isNotEqualTo(key);
        assertThat(UploadKey.prepared(List.of(SHA_A, SHA_B), URI.create("https://api.rees46.ru"), "shop-1", OptionalLong.of(146)))
                .isNotEqualTo(key);
        assertThat(UploadKey.prepared(List.of(SHA_A, SHA_B), ENDPOINT, "shop-2", OptionalLong.of(146))).isNotEqualTo(key);
        assertThat(UploadKey.prepared(List.of(SHA_A, SHA_B), ENDPOINT, "shop-1", OptionalLong.empty())).isNotEqualTo(key);
        UploadKey file = UploadKey.file(SHA_A, "{\"columns\":{}}", 32_000_000, ENDPOINT, "shop-1", OptionalLong.empty());
        assertThat(UploadKey.file(SHA_A, "{\"columns\":{}}", 1_000_000, ENDPOINT, "shop-1", OptionalLong.empty())).isNotEqualTo(file);
        assertThat(file.hex()).hasSize(64);
    }

    @Test
    void anAcceptanceIsOnTheDiskWhenRecordAcceptedReturnsAndAResumedRunFindsIt() throws Exception {
        try (Journal journal = open()) {
            assertThat(journal.resumed()).isFalse();
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
            // Read by someone else, while the journal is still open: it is already written.
            assertThat(Files.readString(Journal.fileFor(data, key))).contains("\"batch\":1").contains(SHA_A);
        }
        try (Journal again = open()) {
            assertThat(again.resumed()).isTrue();
            assertThat(again.isAccepted(1, SHA_A, "", SHA_A)).isTrue();
            assertThat(again.isAccepted(2, SHA_B, "", SHA_B)).isFalse();
            assertThat(again.accepted()).singleElement().satisfies(part -> {
                assertThat(part.objects()).isEqualTo(500);
                assertThat(part.at()).isEqualTo(clock.instant());
            });
        }
    }

    @Test
    void aBatchCountsAsSentOnlyWhenItsNumberAndChecksumBothMatch() throws Exception {
        try (Journal journal = open()) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
            assertThat(journal.isAccepted(1, SHA_B, "", SHA_B)).isFalse();
            assertThat(journal.isAccepted(2, SHA_A, "", SHA_A)).isFalse();
        }
    }

    @Test
    void splitPartsAreRememberedWithTheirPlace() throws Exception {
        try (Journal journal = open()) {
            journal.recordAccepted(2, SHA_B, "LR", SHA_A, 125);
            assertThat(journal.wasSplit(2, SHA_B, "")).isTrue();
            assertThat(journal.wasSplit(2, SHA_B, "L")).isTrue();
            assertThat(journal.wasSplit(2, SHA_B, "R")).isFalse();
            assertThat(journal.isAccepted(2, SHA_B, "LR", SHA_A)).isTrue();
            assertThat(journal.isAccepted(2, SHA_B, "", SHA_B)).isFalse();
        }
    }

    @Test
    void aLastLineTornByAPowerCutIsCutOffAndTheNextAppendStartsClean() throws Exception {
        try (Journal journal = open()) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
        }
        Path file = Journal.fileFor(data, key);
        Files.writeString(file, "{\"type\":\"accepted\",\"batch\":2,\"batch_sha", StandardOpenOption.APPEND);
        try (Journal journal = open()) {
            assertThat(journal.isAccepted(1, SHA_A, "", SHA_A)).isTrue();
            assertThat(journal.isAccepted(2, SHA_B, "", SHA_B)).isFalse();
            journal.recordAccepted(2, SHA_B, "", SHA_B, 10);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        try (Journal journal = open()) {
            assertThat(journal.isAccepted(2, SHA_B, "", SHA_B)).isTrue();
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsSkippedAndTheRestStillCounts() throws Exception {
        try (Journal journal = open()) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
        }
        Path file = Journal.fileFor(data, key);
        Files.writeString(file, "#@!garbage\n{\"type\":\"accepted\",\"batch\":\"x\"}\n", StandardOpenOption.APPEND);
        try (Journal journal = open()) {
            journal.recordAccepted(2, SHA_B, "", SHA_B, 10);
        }
        try (Journal journal = open()) {
            assertThat(journal.isAccepted(1, SHA_A, "", SHA_A)).isTrue();
            assertThat(journal.isAccepted(2, SHA_B, "", SHA_B)).isTrue();
            assertThat(journal.accepted()).hasSize(2);
        }
    }

    @Test
    void aJournalTornInItsHeaderStartsAgain() throws Exception {
        Path file = Journal.fileFor(data, key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"type\":\"upl");
        try (Journal journal = open()) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 1);
        }
        assertThat(Files.readAllLines(file)).hasSize(2).first().asString().contains("\"key\":\"" + key.hex() + "\"");
    }

    @Test
    void theSameUploadCannotRunTwiceAtOnce() throws Exception {
        try (Journal journal = open()) {
            assertThatThrownBy(this::open).isInstanceOf(JournalBusyException.class)
                    .hasMessageContaining("already running");
        }
    }

    @Test
    void freshForgetsTheEarlierRun() throws Exception {
        try (Journal journal = open()) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
        }
        try (Journal journal = Journal.open(data, key, Map.of(), true, clock)) {
            assertThat(journal.isAccepted(1, SHA_A, "", SHA_A)).isFalse();
        }
    }

    @Test
    void theJournalHoldsNoSecretAndLivesInTheDataFolder() throws Exception {
        String secret = "s3cr3t-0123456789abcdef";
        UploadKey withShop = UploadKey.prepared(List.of(SHA_A), ENDPOINT, "shop-1", OptionalLong.empty());
        try (Journal journal = Journal.open(data, withShop, Map.of("endpoint", ENDPOINT.toString()), false, clock)) {
            journal.recordAccepted(1, SHA_A, "", SHA_A, 500);
            journal.recordFinished();
            assertThat(journal.file()).startsWith(data.resolve("journals"));
        }
        String text = Files.readString(Journal.fileFor(data, withShop), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(secret).doesNotContain("shop_secret").doesNotContain("shop-1");
        try (Journal journal = Journal.open(data, withShop, Map.of(), false, clock)) {
            assertThat(journal.finished()).isTrue();
        }
    }
}
