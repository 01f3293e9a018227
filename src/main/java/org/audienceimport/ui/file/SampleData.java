package org.audienceimport.ui.file;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample files the app carries for a first try, one per kind of file people bring. */
public enum SampleData {

    /** The usual case: an Excel workbook. */
    WORKBOOK("contacts-sample.xlsx"),
    /** A CSV export, semicolon-separated as Russian Excel writes it. */
    TEXT("contacts-sample.csv");

    private final String fileName;

    SampleData(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Where it lies among the app's resources. */
    public String resource() {
        return "/org/audienceimport/ui/samples/" + fileName;
    }

    /** Writes the sample to {@code target} (replacing what is there, making its folder) and returns it. */
    public Path copyTo(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = SampleData.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new FileNotFoundException(resource());
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
