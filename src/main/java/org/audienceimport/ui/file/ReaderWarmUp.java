package org.audienceimport.ui.file;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private static final String SAMPLES = "/org/audienceimport/ui/samples/";
    private static final List<String> SAMPLE_FILES = List.of("contacts-sample.xlsx", "contacts-sample.csv");

    private ReaderWarmUp() {
    }

    /** @param scratch a folder of the app's own where the samples are copied to and deleted after */
    public static List<WarmUp.Job> jobs(TableReader reader, Path scratch) {
        return SAMPLE_FILES.stream().map(name -> new WarmUp.Job("Reading " + name, () -> read(reader, scratch, name))).toList();
    }

    private static void read(TableReader reader, Path scratch, String name) throws Exception {
        Files.createDirectories(scratch);
        Path copy = Files.createTempFile(scratch, "warm-up-", "-" + name);
        try {
            try (InputStream in = ReaderWarmUp.class.getResourceAsStream(SAMPLES + name)) {
                if (in == null) {
                    throw new FileNotFoundException(SAMPLES + name);
                }
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
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
