package org.audienceimport.source.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a shared string ({@code <si>}) or an inline string ({@code <is>}): its plain text or its
 * rich-text runs joined; phonetic guides ({@code <rPh>}, the furigana over Japanese names) are not part
 * of the value and are left out.
 */
final class SharedStringsXml {

    private SharedStringsXml() {
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
