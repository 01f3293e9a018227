package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.source.excel.ExcelCells;
import org.audienceimport.text.Text;

/**
 * Excel workbooks (.xlsx/.xlsm, transitional and Strict). Opening reads the workbook and style parts and
 * opens the shared-string part, which is then read only as far as cells refer to it; each {@link #rows}
 * pass streams one sheet's XML afresh.
 */
public final class XlsxTableSource implements TableSource {

    /** Shared-string text beyond this many bytes moves from the heap to a temporary file. */
    static final long SPILL_THRESHOLD_BYTES = 64L << 20;

    /**
     * Shared text kept on the heap before it moves to disk: 64 MB, or an eighth of the heap where that is
     * smaller, so the rest of the pipeline keeps room on a small heap (prepare runs in 256 MB).
     */
    static long spillThreshold() {
        return Math.min(SPILL_THRESHOLD_BYTES, Runtime.getRuntime().maxMemory() / 8);
    }

    private final Path file;
    private final XlsxPackage pkg;
    private final XmlParts xml;
    private final List<SheetInfo> sheets;
    private final List<PackagePart> sheetParts;
    private final SharedStringTable strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final Set<RowReader> openReaders = Collections.synchronizedSet(Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private XlsxTableSource(Path file, XlsxPackage pkg, XmlParts xml, List<SheetInfo> sheets, List<PackagePart> sheetParts,
            SharedStringTable strings, CellStyles styles, boolean date1904) {
        this.file = file;
        this.pkg = pkg;
        this.xml = xml;
        this.sheets = sheets;
        this.sheetParts = sheetParts;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        XlsxPackage pkg;
        try {
            pkg = XlsxPackage.open(file);
        } catch (InvalidFormatException | RuntimeException e) {
            throw XlsxProblems.classify(file, e);
        }
        return load(file, pkg, null);
    }

    /** A password-protected (encrypted) .xlsx: an OLE2 container holding the encrypted package. */
    public static TableSource openEncrypted(Path file, ReadOptions options) throws SourceException {
        byte[] decrypted = EncryptedXlsx.decrypt(file, options.password());
        XlsxPackage pkg;
        try {
            pkg = XlsxPackage.openInMemory(decrypted);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw XlsxProblems.classify(file, e);
        }
        // Spilled shared strings would be decrypted contacts on disk: they are encrypted with a key kept in memory.
        return load(file, pkg, new SpillCipher());
    }

    private static TableSource load(Path file, XlsxPackage pkg, SpillCipher spillCipher) throws SourceException {
        SharedStringTable strings = null;
        try {
            XmlParts xml = new XmlParts();
            PackagePart workbookPart = pkg.workbookPart();
            if ("bin".equalsIgnoreCase(workbookPart.getPartName().getExtension())) {
                closeQuietly(pkg);
                throw XlsxProblems.binaryWorkbook(file);
            }
            WorkbookXml workbook;
            try (InputStream in = pkg.read(workbookPart)) {
                workbook = WorkbookXml.parse(xml, in);
            }
            List<SheetInfo> sheets = new ArrayList<>();
            List<PackagePart> parts = new ArrayList<>();
            for (WorkbookXml.Entry entry : workbook.sheets()) {
                sheets.add(new SheetInfo(entry.name(), entry.hidden(), sheets.size()));
                parts.add(entry.relationshipId() == null ? null
                        : pkg.relatedById(workbookPart, entry.relationshipId()).orElse(null));
            }
            strings = openStrings(pkg, xml, workbookPart, spillCipher);
            CellStyles styles = readStyles(pkg, xml, workbookPart);
            return new XlsxTableSource(file, pkg, xml, List.copyOf(sheets), parts, strings, styles, workbook.date1904());
        } catch (SourceException e) {
            throw e;
        } catch (InvalidFormatException | XMLStreamException | IOException | RuntimeException e) {
            closeQuietly(strings);
            closeQuietly(pkg);
            throw XlsxProblems.classify(file, e);
        }
    }

    private static SharedStringTable openStrings(XlsxPackage pkg, XmlParts xml, PackagePart workbookPart, SpillCipher cipher)
            throws InvalidFormatException, IOException, XMLStreamException {
        Optional<PackagePart> part = pkg.related(workbookPart, "sharedStrings");
        if (part.isEmpty()) {
            return SharedStringTable.empty();
        }
        return SharedStringTable.open(xml, pkg.read(part.get()), spillThreshold(), cipher);
    }

    private static CellStyles readStyles(XlsxPackage pkg, XmlParts xml, PackagePart workbookPart)
            throws InvalidFormatException, IOException, XMLStreamException {
        Optional<PackagePart> part = pkg.related(workbookPart, "styles");
        if (part.isEmpty()) {
            return CellStyles.none();
        }
        try (InputStream in = pkg.read(part.get())) {
            return CellStyles.parse(xml, in);
        }
    }

    /** How many shared strings have been parsed so far (for tests). */
    int sharedStringsParsed() {
        return strings.parsedSoFar();
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public RowReader rows(SheetInfo sheet) throws SourceException {
        int index = sheet.index();
        if (index < 0 || index >= sheets.size() || !sheets.get(index).name().equals(sheet.name())) {
            throw new SourceException(SourceException.Problem.NO_SUCH_SHEET, Text.of("source.noSuchSheet",
                    TableSources.quoted(file), "\u201C" + sheet.name() + "\u201D", sheets.stream().map(SheetInfo::name).toList()));
        }
        PackagePart part = sheetParts.get(index);
        if (part == null) {
            return new NoRows();
        }
        InputStream in = null;
        try {
            in = pkg.read(part);
            XMLStreamReader reader = xml.openAtRoot(in);
            RowReader rows = new TrackedReader(new XlsxRowReader(file, sheet.name(), in, reader, strings, styles,
                    new ExcelCells(date1904)));
            openReaders.add(rows);
            return rows;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(in);
            throw XlsxProblems.classifyInSheet(file, sheet.name(), 0, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (RowReader reader : List.copyOf(openReaders)) {
            closeQuietly(reader);
        }
        openReaders.clear();
        try {
            strings.close();
        } finally {
            pkg.close();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // the original failure is what the user needs to hear about
        }
    }

    /** Forgets a reader once it is closed, so the source closes only what is still open. */
    private final class TrackedReader implements RowReader {
        private final RowReader delegate;

        TrackedReader(RowReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public Row next() throws SourceException {
            return delegate.next();
        }

        @Override
        public List<ReadWarning> warnings() {
            return delegate.warnings();
        }

        @Override
        public long warningCount() {
            return delegate.warningCount();
        }

        @Override
        public void close() throws IOException {
            openReaders.remove(this);
            delegate.close();
        }
    }

    /** A sheet with no worksheet part (a chart sheet, or a dangling reference): no rows. */
    private static final class NoRows implements RowReader {
        @Override
        public Row next() {
            return null;
        }

        @Override
        public List<ReadWarning> warnings() {
            return List.of();
        }

        @Override
        public long warningCount() {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
