package org.audienceimport.source.xlsx;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style (a cell's {@code s} attribute indexes {@code cellXfs}), read
 * from styles.xml: custom formats from {@code numFmts}, the rest built in.
 */
final class CellStyles {

    private static final String GENERAL = "General";

    private final int[] formatIds;
    private final String[] formatStrings;

    private CellStyles(int[] formatIds, String[] formatStrings) {
        this.formatIds = formatIds;
        this.formatStrings = formatStrings;
    }

    static CellStyles none() {
        return new CellStyles(new int[] {0}, new String[] {GENERAL});
    }

    int formatId(int style) {
        return style >= 0 && style < formatIds.length ? formatIds[style] : 0;
    }

    String formatString(int style) {
        return style >= 0 && style < formatStrings.length ? formatStrings[style] : GENERAL;
    }

    static CellStyles parse(XmlParts xml, InputStream in) throws XMLStreamException {
        XMLStreamReader reader = xml.openAtRoot(in);
        try {
            Map<Integer, String> customFormats = new HashMap<>();
            IntList xfFormats = new IntList();
            int depthInCellXfs = -1;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if ("numFmt".equals(name)) {
                        Integer id = parseId(XmlParts.attribute(reader, "numFmtId"));
                        String code = XmlParts.attribute(reader, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(id, code);
                        }
                    } else if ("cellXfs".equals(name)) {
                        depthInCellXfs = depth;
                    } else if ("xf".equals(name) && depth == depthInCellXfs + 1) {
                        Integer id = parseId(XmlParts.attribute(reader, "numFmtId"));
                        xfFormats.add(id == null ? 0 : id);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == depthInCellXfs) {
                        depthInCellXfs = -1;
                    }
                    depth--;
                }
            }
            return build(xfFormats, customFormats);
        } finally {
            reader.close();
        }
    }

    private static CellStyles build(IntList xfFormats, Map<Integer, String> customFormats) {
        if (xfFormats.size() == 0) {
            return none();
        }
        int[] ids = xfFormats.toArray();
        String[] strings = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            String format = customFormats.get(ids[i]);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(ids[i]);
            }
            strings[i] = format == null ? GENERAL : format;
        }
        return new CellStyles(ids, strings);
    }

    private static Integer parseId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A growable int array, to avoid boxing thousands of styles. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
