package org.audienceimport.source;

/** The kinds of file the reader understands, told apart by their bytes rather than their names. */
public enum FileFormat {
    XLSX("xlsx", "Excel workbook (.xlsx)"),
    XLS("xls", "Excel 97-2003 workbook (.xls)"),
    CSV("csv", "delimited text (.csv, .tsv, .txt)");

    private final String code;
    private final String description;

    FileFormat(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The short name used in JSON output and settings: {@code xlsx}, {@code xls} or {@code csv}. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean isWorkbook() {
        return this != CSV;
    }
}
