package org.audienceimport.convert.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a report is written while it grows, and how it takes its real name once complete. */
final class ReportFile {

    private final Path target;
    private final Path temporary;

    ReportFile(Path target) {
        this.target = target.toAbsolutePath();
        this.temporary = this.target.resolveSibling(this.target.getFileName() + ".part");
    }

    Path temporary() {
        return temporary;
    }

    void moveIntoPlace() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done about a leftover; the real report was never replaced.
        }
    }
}
