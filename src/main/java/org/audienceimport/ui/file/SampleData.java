package org.audienceimport.ui.file;

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
}
