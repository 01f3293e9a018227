package org.audienceimport.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static String sample(int i) {
        return switch (i % 4) {
            case 0 -> "user" + i + "@example.com";
            case 1 -> "";
            case 2 -> "\u041C\u0430\u0440\u0438\u044F " + i + " \uD835\uDF4A";
            default -> "x".repeat(i % 700);
        };
    }

    @Test
    void keepsEveryStringOnTheHeapBelowTheThreshold() throws Exception {
        try (SharedStrings strings = new SharedStrings(Long.MAX_VALUE, 4096)) {
            for (int i = 0; i < 20_000; i++) {
                strings.add(sample(i));
            }
            strings.finish();
            assertThat(strings.spilled()).isFalse();
            assertThat(strings.size()).isEqualTo(20_000);
            for (int i = 0; i < 20_000; i++) {
                assertThat(strings.get(i)).isEqualTo(sample(i));
            }
            assertThat(strings.get(-1)).isNull();
            assertThat(strings.get(20_000)).isNull();
        }
    }

    @Test
    void spillsToATemporaryFileThatCloseDeletes() throws Exception {
        Path spill;
        try (SharedStrings strings = new SharedStrings(10_000, 4096)) {
            for (int i = 0; i < 150_000; i++) {
                strings.add(sample(i));
            }
            strings.finish();
            assertThat(strings.spilled()).isTrue();
            spill = strings.spillFile();
            assertThat(spill).exists();
            for (int i = 0; i < 150_000; i += 7) {
                assertThat(strings.get(i)).isEqualTo(sample(i));
            }
            assertThat(strings.get(149_999)).isEqualTo(sample(149_999));
        }
        assertThat(Files.exists(spill)).isFalse();
    }

    @Test
    void spillOfADecryptedWorkbookIsEncryptedOnDisk() throws Exception {
        try (SharedStrings strings = new SharedStrings(10_000, 4096, new SpillCipher())) {
            for (int i = 0; i < 50_000; i++) {
                strings.add(sample(i));
            }
            strings.finish();
            assertThat(strings.spilled()).isTrue();
            String onDisk = new String(Files.readAllBytes(strings.spillFile()), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(onDisk).doesNotContain("@example.com").doesNotContain("xxxxxxxx");
            for (int i = 0; i < 50_000; i += 3) {
                assertThat(strings.get(i)).isEqualTo(sample(i));
            }
        }
    }

    @Test
    void anEmptyTableHasNoStrings() throws Exception {
        try (SharedStrings strings = SharedStrings.empty()) {
            assertThat(strings.size()).isZero();
            assertThat(strings.get(0)).isNull();
        }
    }
}
