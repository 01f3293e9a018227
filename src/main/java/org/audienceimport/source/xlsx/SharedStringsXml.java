package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads sharedStrings.xml into a {@link SharedStrings} table: each {@code <si>} is its plain text or
 * its rich-text runs joined; phonetic guides ({@code <rPh>}, the furigana over Japanese names) are not
 * part of the value and are left out.
 */
final class SharedStringsXml {

    private SharedStringsXml() {
    }

    static SharedStrings parse(XmlParts xml, InputStream in, long spillThreshold, SpillCipher cipher)
            throws XMLStreamException, IOException {
        SharedStrings strings = new SharedStrings(spillThreshold, SharedStrings.DEFAULT_BLOCK_BYTES, cipher);
        try {
            XMLStreamReader reader = xml.openAtRoot(in);
            try {
                fill(reader, strings);
            } finally {
                reader.close();
            }
            strings.finish();
            return strings;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    private static void fill(XMLStreamReader reader, SharedStrings strings) throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
                text.setLength(0);
                readItem(reader, text);
                strings.add(ExcelText.decode(text.toString()));
            }
        }
    }

    /** Appends the text of one {@code <si>} (or an inline {@code <is>}); the reader is on its start. */
    static void readItem(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if ("t".equals(name)) {
                    text.append(reader.getElementText());
                    if (text.length() > XmlParts.MAX_CELL_TEXT) {
                        throw new XmlParts.TextTooLongException();
                    }
                } else if ("rPh".equals(name)) {
                    XmlParts.skipElement(reader);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
