package org.audienceimport.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.wizard.WarmUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderWarmUpTest {

    @TempDir Path folder;

    @Test
    void bothBundledSamplesAreReadAndTheirCopiesDeleted() throws Exception {
        Path scratch = folder.resolve("cache").resolve("warm-up");

        int done = new WarmUp(ReaderWarmUp.jobs(new TableReader(), scratch)).run();

        assertThat(done).isEqualTo(2);
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }
}
