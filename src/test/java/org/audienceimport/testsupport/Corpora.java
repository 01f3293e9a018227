package org.audienceimport.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The external conformance suites in ../shared/corpora. They are never copied into this repository:
 * where the folder is absent, the tests that need it are skipped and say why.
 */
public final class Corpora {

    private Corpora() {
    }

    public static Path root() {
        return Path.of(System.getProperty("audienceimport.corpora", "../shared/corpora")).toAbsolutePath().normalize();
    }

    /** The suite's folder, or skips the calling test with a message when it is absent. */
    public static Path require(String suite) {
        Path folder = root().resolve(suite);
        Assumptions.assumeTrue(Files.isDirectory(folder),
                () -> "Skipped: conformance corpus " + folder + " is absent (expected in ../shared/corpora)");
        return folder;
    }
}
