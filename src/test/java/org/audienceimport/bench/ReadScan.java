package org.audienceimport.bench;

import java.nio.file.Path;

/** One reader under test: a full pass over the first sheet that touches the text of every cell. */
interface ReadScan {

    /** What one pass saw. {@code characters} sums the text lengths so no work can be skipped. */
    record Result(long rows, long characters) {
    }

    String name();

    Result scan(Path file) throws Exception;
}
