package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal .xlsx package by hand, for XML that POI's writers never produce (missing r
 * attributes, t="d", phonetic runs, escapes, DTDs, Strict namespaces).
 */
final class HandMadeXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private final boolean strict;
    private String sheetData = "";
    private String sharedStrings;
    private String styles;
    private String workbookPr = "";
    private SheetWriter sheetWriter;

    HandMadeXlsx(boolean strict) {
        this.strict = strict;
    }

    HandMadeXlsx() {
        this(false);
    }

    HandMadeXlsx sheetData(String xml) {
        this.sheetData = xml;
        return this;
    }

    /** Streams the content of sheetData instead of a fixed string. */
    HandMadeXlsx sheetData(SheetWriter writer) {
        this.sheetWriter = writer;
        return this;
    }

    HandMadeXlsx sharedStrings(String items) {
        this.sharedStrings = "<sst xmlns=\"" + main() + "\">" + items + "</sst>";
        return this;
    }

    HandMadeXlsx rawSharedStrings(String document) {
        this.sharedStrings = document;
        return this;
    }

    HandMadeXlsx styles(String numFmts, String cellXfs) {
        this.styles = "<styleSheet xmlns=\"" + main() + "\"><numFmts>" + numFmts + "</numFmts>"
                + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + cellXfs + "</cellXfs></styleSheet>";
        return this;
    }

    HandMadeXlsx date1904() {
        this.workbookPr = "<workbookPr date1904=\"true\"/>";
        return this;
    }

    Path write(Path file) throws IOException {
        String rel = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder workbookRels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            workbookRels.append("<Relationship Id=\"rId2\" Type=\"").append(rel).append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        if (styles != null) {
            workbookRels.append("<Relationship Id=\"rId3\" Type=\"").append(rel).append("styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", styles);
        }
        parts.put("xl/_rels/workbook.xml.rels", workbookRels.append("</Relationships>").toString());
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + main() + "\" xmlns:r=\"" + rel.substring(0, rel.length() - 1) + "\">"
                + workbookPr + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main() + "\"><sheetData>" + sheetData
                + "</sheetData></worksheet>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                String content = part.getValue();
                if (sheetWriter != null && part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    int split = content.indexOf("</sheetData>");
                    zip.write(content.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    sheetWriter.write(zip);
                    content = content.substring(split);
                }
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes a sheet part by streaming, for sheets too big to hold as one string. */
    interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    private String main() {
        return strict ? STRICT_MAIN : MAIN;
    }
}
