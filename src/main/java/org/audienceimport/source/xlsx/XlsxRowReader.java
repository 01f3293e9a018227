package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.audienceimport.source.Cell;
import org.audienceimport.source.ColumnLetters;
import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.WarningLog;
import org.audienceimport.source.Row;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.excel.ExcelCells;
import org.audienceimport.text.Text;

/**
 * Streams one worksheet's {@code <sheetData>} with StAX. Rows without a value (empty formatted rows,
 * rows of styled empty cells) are skipped inside the parser, so a sheet padded with a million empty
 * rows reads as fast as its data; row numbers stay those of the sheet.
 */
final class XlsxRowReader implements RowReader {

    /** Excel's last column is XFD. */
    static final int MAX_COLUMNS = 16_384;

    private final Path file;
    private final String sheetName;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final CellValues values;
    private final WarningLog warnings = new WarningLog();
    private final StringBuilder inlineText = new StringBuilder();

    private Cell[] rowCells = new Cell[64];
    private int lastColumn = -1;
    private int nextColumn;
    private int rowNumber;
    private boolean rowNumberGiven;
    private boolean done;

    XlsxRowReader(Path file, String sheetName, InputStream in, XMLStreamReader xml, SharedStringTable strings,
            CellStyles styles, ExcelCells cells) {
        this.file = file;
        this.sheetName = sheetName;
        this.in = in;
        this.xml = xml;
        this.values = new CellValues(strings, styles, cells, this::warn);
    }

    @Override
    public Row next() throws SourceException {
        if (done) {
            return null;
        }
        try {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("c".equals(name)) {
                        readCell();
                    } else if ("row".equals(name)) {
                        startRow();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("row".equals(name)) {
                        if (lastColumn >= 0) {
                            return takeRow();
                        }
                    } else if ("sheetData".equals(name)) {
                        return end();
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    return end();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            done = true;
            throw XlsxProblems.classifyInSheet(file, sheetName, rowNumber, e);
        }
    }

    private Row end() {
        done = true;
        return null;
    }

    private void startRow() {
        String r = XmlParts.attribute(xml, "r");
        int given = r == null ? -1 : parsePositiveInt(r, 0, r.length());
        rowNumberGiven = given > 0;
        rowNumber = rowNumberGiven ? given : rowNumber + 1;
        nextColumn = 0;
    }

    private Row takeRow() {
        Row row = new Row(rowNumber, Arrays.copyOf(rowCells, lastColumn + 1));
        Arrays.fill(rowCells, 0, lastColumn + 1, null);
        lastColumn = -1;
        return row;
    }

    private void readCell() throws XMLStreamException {
        String reference = null;
        String type = null;
        int style = 0;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if ("r".equals(name)) {
                reference = xml.getAttributeValue(i);
            } else if ("t".equals(name)) {
                type = xml.getAttributeValue(i);
            } else if ("s".equals(name)) {
                String value = xml.getAttributeValue(i);
                style = parsePositiveInt(value, 0, value.length());
            }
        }
        int column = reference == null ? nextColumn : columnOf(reference);
        if (column >= MAX_COLUMNS) {
            throw new XMLStreamException("Cell " + reference + " lies beyond Excel's last column");
        }
        nextColumn = column + 1;

        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("is".equals(name)) {
                    inlineText.setLength(0);
                    SharedStringsXml.readItem(xml, inlineText);
                    inline = ExcelText.decode(inlineText.toString());
                } else {
                    XmlParts.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        Cell cell = values.toCell(type, value, inline, style, column, rowNumber);
        if (cell != null && cell != Cell.BLANK) {
            put(column, cell);
        }
    }

    private void put(int column, Cell cell) {
        if (column >= rowCells.length) {
            rowCells = Arrays.copyOf(rowCells, Math.min(MAX_COLUMNS, Math.max(column + 1, rowCells.length * 2)));
        }
        rowCells[column] = cell;
        if (column > lastColumn) {
            lastColumn = column;
        }
    }

    private int columnOf(String reference) {
        int column = 0;
        int i = 0;
        int length = reference.length();
        while (i < length) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
            i++;
        }
        if (!rowNumberGiven && i < length) {
            int row = parsePositiveInt(reference, i, length);
            if (row > 0) {
                rowNumber = row;
                rowNumberGiven = true;
            }
        }
        return i == 0 ? nextColumn : column - 1;
    }

    /** The number in text[from, to), or -1 when it is not a plain positive integer. */
    static int parsePositiveInt(String text, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void warn(int row, int column, String code, Text text) {
        warnings.add(new ReadWarning(row, ColumnLetters.of(column), code, text));
    }

    @Override
    public List<ReadWarning> warnings() {
        return warnings.kept();
    }

    @Override
    public long warningCount() {
        return warnings.count();
    }

    @Override
    public void close() throws IOException {
        done = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the parser frees nothing the stream close below does not
        } finally {
            in.close();
        }
    }
}
