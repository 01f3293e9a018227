package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Counts this process's open file descriptors (Linux), to catch handles left open. */
final class OpenFiles {

    private OpenFiles() {
    }

    static long count() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "Skipped: counting open files needs /proc (Linux)");
        try (Stream<Path> list = Files.list(fds)) {
            return list.count();
        }
    }
}
