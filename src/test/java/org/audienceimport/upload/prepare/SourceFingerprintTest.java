package org.audienceimport.upload.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void names_sizes_and_checksums_a_file_without_changing_it() throws Exception {
        Path file = Files.writeString(temp.resolve("contacts.csv"), "abc");
        long modified = Files.getLastModifiedTime(file).toMillis();

        SourceFingerprint fingerprint = SourceFingerprint.of(file);

        assertThat(fingerprint).isEqualTo(new SourceFingerprint("contacts.csv", 3,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void streams_a_file_larger_than_its_chunk() throws Exception {
        byte[] data = new byte[200_000];
        Arrays.fill(data, (byte) 'x');
        Path file = Files.write(temp.resolve("big.bin"), data);

        assertThat(Sha256.ofFile(file)).isEqualTo(Sha256.of(data)).hasSize(64);
        assertThat(SourceFingerprint.of(file).size()).isEqualTo(200_000);
    }
}
