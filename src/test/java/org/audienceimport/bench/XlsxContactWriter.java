package org.audienceimport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes contacts as an .xlsx laid out like one Excel saves: shared strings (written after the sheet,
 * as Excel does), real date serials with date styles, numbers as numbers, blank cells omitted.
 *
 * <p>The parts are streamed straight into the ZIP so memory stays bounded. The shared-strings part
 * must list texts in index order, which is only known once the sheet is written; rather than keep
 * a million texts, the second pass replays the same deterministic rows to emit them.
 */
final class XlsxContactWriter {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 6, 11, 0, 0);
    private static final String[] COLUMN_LETTERS = columnLetters(Contact.COLUMNS);

    private XlsxContactWriter() {
    }

    static void write(OutputStream out, long rows, long seed) throws IOException {
        if (rows + 1 > 1_048_576) {
            throw new IllegalArgumentException("An .xlsx sheet holds at most 1,048,575 data rows, not " + rows);
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        part(zip, writer, "[Content_Types].xml", contentTypes());
        part(zip, writer, "_rels/.rels", XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>");
        part(zip, writer, "xl/workbook.xml", XML_DECL + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
                + "<sheet name=\"Contacts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, writer, "xl/_rels/workbook.xml.rels", XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                + relationship("rId2", "styles", "styles.xml")
                + relationship("rId3", "sharedStrings", "sharedStrings.xml") + "</Relationships>");
        part(zip, writer, "xl/styles.xml", styles());

        zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
        SharedStrings counted = new SharedStrings(text -> { });
        writeSheet(writer, rows, seed, counted);
        writer.flush();
        zip.closeEntry();

        zip.putNextEntry(entry("xl/sharedStrings.xml"));
        writeSharedStrings(writer, rows, seed, counted);
        writer.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void writeSheet(Writer w, long rows, long seed, SharedStrings strings) throws IOException {
        w.write(XML_DECL);
        w.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><dimension ref=\"A1:"
                + COLUMN_LETTERS[Contact.COLUMNS - 1] + (rows + 1) + "\"/><sheetData>");
        SheetRowWriter row = new SheetRowWriter(w, strings);
        row.start(1);
        ContactCells.header(row);
        row.end();
        ContactFaker faker = new ContactFaker(seed);
        for (long i = 0; i < rows; i++) {
            row.start(i + 2);
            ContactCells.row(faker.next(), row);
            row.end();
        }
        w.write("</sheetData></worksheet>");
    }

    private static void writeSharedStrings(Writer w, long rows, long seed, SharedStrings counted) throws IOException {
        w.write(XML_DECL);
        w.write("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + counted.referenceCount() + "\" uniqueCount=\""
                + counted.uniqueCount() + "\">");
        SharedStrings replay = new SharedStrings(text -> writeItem(w, text));
        ContactCells.Sink sink = new ContactCells.Sink() {
            @Override
            public void text(int column, String text, boolean unique, int style) {
                replay.indexOf(text, unique);
            }

            @Override
            public void number(int column, String literal, int style) {
            }

            @Override
            public void bool(int column, boolean value) {
            }
        };
        ContactCells.header(sink);
        ContactFaker faker = new ContactFaker(seed);
        for (long i = 0; i < rows; i++) {
            ContactCells.row(faker.next(), sink);
        }
        w.write("</sst>");
    }

    private static void writeItem(Writer w, String text) {
        try {
            boolean keepSpaces = !text.isEmpty()
                    && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
            w.write(keepSpaces ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            Xml.escape(w, text);
            w.write("</t></si>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one {@code <row>} at a time, turning each reported cell into its {@code <c>} element. */
    private static final class SheetRowWriter implements ContactCells.Sink {
        private final Writer w;
        private final SharedStrings strings;
        private String rowNumber;

        SheetRowWriter(Writer w, SharedStrings strings) {
            this.w = w;
            this.strings = strings;
        }

        void start(long number) throws IOException {
            rowNumber = Long.toString(number);
            w.write("<row r=\"");
            w.write(rowNumber);
            w.write("\" spans=\"1:" + Contact.COLUMNS + "\">");
        }

        void end() throws IOException {
            w.write("</row>");
        }

        @Override
        public void text(int column, String text, boolean uniqueByConstruction, int style) {
            cell(column, style, "s", Integer.toString(strings.indexOf(text, uniqueByConstruction)));
        }

        @Override
        public void number(int column, String literal, int style) {
            cell(column, style, null, literal);
        }

        @Override
        public void bool(int column, boolean value) {
            cell(column, ContactCells.STYLE_GENERAL, "b", value ? "1" : "0");
        }

        private void cell(int column, int style, String type, String value) {
            try {
                w.write("<c r=\"");
                w.write(COLUMN_LETTERS[column]);
                w.write(rowNumber);
                w.write('"');
                if (style != ContactCells.STYLE_GENERAL) {
                    w.write(" s=\"" + style + '"');
                }
                if (type != null) {
                    w.write(" t=\"" + type + '"');
                }
                w.write("><v>");
                w.write(value);
                w.write("</v></c>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void part(ZipOutputStream zip, Writer writer, String name, String content) throws IOException {
        zip.putNextEntry(entry(name));
        writer.write(content);
        writer.flush();
        zip.closeEntry();
    }

    /** A fixed timestamp keeps the bytes identical across runs, so equal seeds give equal files. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL_NS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String contentTypes() {
        String office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + office + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + office + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + office + "styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + office + "sharedStrings+xml\"/>"
                + "</Types>";
    }

    /** Cell styles in the order of the {@code ContactCells.STYLE_*} indices. */
    private static String styles() {
        return XML_DECL + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"dd.mm.yyyy hh:mm\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String[] columnLetters(int count) {
        String[] letters = new String[count];
        for (int i = 0; i < count; i++) {
            letters[i] = i < 26 ? String.valueOf((char) ('A' + i))
                    : String.valueOf((char) ('A' + i / 26 - 1)) + (char) ('A' + i % 26);
        }
        return letters;
    }
}
