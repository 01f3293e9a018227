package org.audienceimport.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.wizard.WarmUp;

/**
 * Reads the bundled sample files once, the way step 1 reads the user's file, so that the readers' classes are
 * loaded and their code compiled before the user's first file. The first .xlsx opened used to load about 500
 * classes (the zip and XML readers, POI) on the way to its preview, a second on a quiet computer.
 */
public final class ReaderWarmUp {

    private ReaderWarmUp() {
    }

    /** @param scratch a folder of the app's own where the samples are copied to and deleted after */
    public static List<WarmUp.Job> jobs(TableReader reader, Path scratch) {
        return Arrays.stream(SampleData.values())
                .map(sample -> new WarmUp.Job("Reading " + sample.fileName(), () -> read(reader, scratch, sample))).toList();
    }

    private static void read(TableReader reader, Path scratch, SampleData sample) throws Exception {
        Files.createDirectories(scratch);
        Path copy = sample.copyTo(Files.createTempFile(scratch, "warm-up-", "-" + sample.fileName()));
        try {
            ChosenTable table = reader.open(copy, ReadOptions.DETECT);
            table.file().close();
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A copy left in the app's scratch folder is harmless; the next warm-up makes its own.
        }
    }
}
