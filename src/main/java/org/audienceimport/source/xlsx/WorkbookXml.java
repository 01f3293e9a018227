package org.audienceimport.source.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What workbook.xml says: the sheets in tab order with their visibility and relationship ids, and the
 * date system. Elements are matched by local name so Strict and transitional workbooks read alike.
 */
record WorkbookXml(List<Entry> sheets, boolean date1904) {

    /** One {@code <sheet>}: its name, whether its tab is hidden, and the r:id of its part. */
    record Entry(String name, boolean hidden, String relationshipId) {
    }

    static WorkbookXml parse(XmlParts xml, InputStream in) throws XMLStreamException {
        XMLStreamReader reader = xml.openAtRoot(in);
        try {
            List<Entry> sheets = new ArrayList<>();
            boolean date1904 = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "workbookPr" -> date1904 = isTrue(XmlParts.attribute(reader, "date1904"));
                    case "sheet" -> sheets.add(sheet(reader, sheets.size()));
                    default -> {
                        // everything else in the workbook part (views, names, calc settings) is irrelevant
                    }
                }
            }
            return new WorkbookXml(List.copyOf(sheets), date1904);
        } finally {
            reader.close();
        }
    }

    private static Entry sheet(XMLStreamReader reader, int index) {
        String name = null;
        String state = null;
        String id = null;
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            String local = reader.getAttributeLocalName(i);
            String namespace = reader.getAttributeNamespace(i);
            boolean qualified = namespace != null && !namespace.isEmpty();
            if (!qualified && "name".equals(local)) {
                name = reader.getAttributeValue(i);
            } else if (!qualified && "state".equals(local)) {
                state = reader.getAttributeValue(i);
            } else if (qualified && "id".equals(local)) {
                id = reader.getAttributeValue(i);
            }
        }
        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
        return new Entry(name == null ? "Sheet" + (index + 1) : name, hidden, id);
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
